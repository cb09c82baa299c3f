import { FILE_EXTENSION, fileNameFor, serializeFile, type ProcessDocument } from '../../model';
import type { ProcessRepository } from '../../storage';
import { downloadText } from './download';

export function exportProcess(doc: ProcessDocument) {
  downloadText(fileNameFor(doc.name), serializeFile([doc], __APP_VERSION__));
}

/** Every process in the library (not the trash) in one file. */
export async function exportLibrary(repo: ProcessRepository, now = new Date()) {
  const docs = await repo.allDocuments();
  const day = now.toISOString().slice(0, 10);
  downloadText(`flowlane-library-${day}${FILE_EXTENSION}`, serializeFile(docs, __APP_VERSION__));
  return docs.length;
}

/** Exports a stored process without opening it. */
export async function exportStoredProcess(repo: ProcessRepository, id: string) {
  const loaded = await repo.loadProcess(id);
  if (loaded.ok) exportProcess(loaded.doc);
  return loaded.ok;
}
