// Importing .flowlane.json files: read and validate every file first; if anything is wrong,
// say what and import nothing. Processes whose id is already in the library ask first
// whether to keep both or replace.
import { newId, parseFile, type ProcessDocument } from '../../model';
import { makeNotice, type AppStore } from '../../state';
import { StorageError, type ImportChoice, type ProcessRepository } from '../../storage';

export async function importFiles(files: File[], repo: ProcessRepository, app: AppStore) {
  const docs: ProcessDocument[] = [];
  for (const file of files) {
    const parsed = parseFile(await file.text());
    if (!parsed.ok) {
      app.setState({ importing: { step: 'problems', fileName: file.name, problems: parsed.error } });
      return;
    }
    docs.push(...parsed.value);
  }
  const existing = await repo.existingIds(docs.map((d) => d.id));
  if (existing.length > 0) app.setState({ importing: { step: 'conflicts', docs, existing } });
  else await commitImport(docs, {}, repo, app, '');
}

/** Stores the processes with the user's choices; `copySuffix` marks the names of kept copies. */
export async function commitImport(
  docs: ProcessDocument[],
  choices: Record<string, ImportChoice>,
  repo: ProcessRepository,
  app: AppStore,
  copySuffix: string,
) {
  const copies = Object.fromEntries(
    docs.filter((d) => choices[d.id] === 'keepBoth').map((d) => [d.id, { id: newId('process'), name: `${d.name}${copySuffix}` }]),
  );
  try {
    const stored = await repo.importProcesses(docs, choices, copies);
    app.setState({ importing: null, notice: makeNotice('files.imported', 'info', { count: stored.length }) });
  } catch (error) {
    const reason = error instanceof StorageError ? error.reason : 'failed';
    app.setState({ importing: null, notice: makeNotice(`storage.${reason === 'quota' ? 'quota' : 'failed'}`, 'error') });
  }
}
