// What the library's buttons do, with failures turned into notices.
import { newId } from '../../model';
import { makeNotice, type AppStore, type Notice } from '../../state';
import { StorageError, type ProcessRepository, type ProcessSummary } from '../../storage';

/** Runs a storage write; a failure becomes a notice that says what to do. Answers success. */
export async function attempt(app: AppStore, write: () => Promise<unknown>, success?: Notice): Promise<boolean> {
  try {
    await write();
    if (success) app.setState({ notice: success });
    return true;
  } catch (error) {
    const quota = error instanceof StorageError && error.reason === 'quota';
    app.setState({ notice: makeNotice(quota ? 'storage.quota' : 'storage.failed', 'error') });
    return false;
  }
}

export const trash = (repo: ProcessRepository, app: AppStore, p: ProcessSummary) =>
  attempt(app, () => repo.trashProcess(p.id), makeNotice('library.trashed', 'info', { name: p.name }, { key: 'library.undo', run: () => void repo.restoreProcess(p.id) }));

export const duplicate = (repo: ProcessRepository, app: AppStore, p: ProcessSummary, suffix: string) =>
  attempt(app, () => repo.duplicateProcess(p.id, { id: newId('process'), name: `${p.name}${suffix}` }));
