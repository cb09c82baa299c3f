// Opening a stored process for editing: take the edit lock so that no other tab edits it at the
// same time, move in changes rescued when a tab closed, load (migrating older documents), keep a
// snapshot on open, and start autosaving. A process another tab is editing opens read-only instead.
import { err, ok, type Result } from '../shared';
import type { DocumentIssue } from '../model';
import type { EditLock, ProcessRepository, RescueStorage } from '../storage';
import { createAutosave, type Autosave } from './autosave';
import { createEditor, type Editor } from './editor';
import { guardUnsavedChanges, recoverRescueCopy, type RescueOutcome } from './rescue';

export type SessionProblem = { kind: 'missing' } | { kind: 'corrupt'; issues: DocumentIssue[] };

export type Session = {
  processId: string;
  editor: Editor;
  /** Null when the process is open read-only because another tab is editing it. */
  autosave: Autosave | null;
  /** What became of changes rescued when a tab closed before storing them. */
  recovered: RescueOutcome;
  /** For when the page is hidden or closed: keeps unsaved changes at once and starts storing them. */
  hide: () => void;
  /** Stores pending changes and lets go of the edit lock. */
  close: () => Promise<void>;
};

export type SessionDeps = {
  acquireLock: (processId: string) => Promise<EditLock | null>;
  /** Where rescue copies are kept (localStorage); without it, none are written or recovered. */
  rescues?: RescueStorage | null;
  onFirstSave?: () => void;
  autosaveDelayMs?: number;
};

const NOTHING_RECOVERED: RescueOutcome = { kind: 'none' };

export async function openSession(repo: ProcessRepository, id: string, deps: SessionDeps): Promise<Result<Session, SessionProblem>> {
  const lock = await deps.acquireLock(id);
  const recovered = lock && deps.rescues ? await recoverRescueCopy(repo, deps.rescues, id) : NOTHING_RECOVERED;
  const loaded = await repo.loadProcess(id);
  if (!loaded.ok) {
    lock?.release();
    return err(loaded.reason === 'missing' ? { kind: 'missing' } : { kind: 'corrupt', issues: loaded.issues });
  }
  const editor = createEditor(loaded.doc, { readOnly: !lock });
  if (!lock) return ok({ processId: id, editor, autosave: null, recovered, hide: () => {}, close: async () => {} });

  await snapshotOnOpen(repo, id, loaded.doc);
  const autosave = createAutosave(editor, repo, { revision: loaded.revision, onFirstSave: deps.onFirstSave, delayMs: deps.autosaveDelayMs });
  const guard = deps.rescues ? guardUnsavedChanges(deps.rescues, id, autosave) : null;
  return ok({
    processId: id,
    editor,
    autosave,
    recovered,
    hide: () => {
      guard?.keep();
      void autosave.flush();
    },
    close: async () => {
      await autosave.flush();
      guard?.keep(); // what could not be stored (a full disk) is recovered later
      guard?.dispose();
      autosave.dispose();
      lock.release();
    },
  });
}

/** Keeps the version being opened, unless it is already the newest snapshot. */
async function snapshotOnOpen(repo: ProcessRepository, id: string, doc: Parameters<ProcessRepository['addSnapshot']>[0]) {
  const [latest] = await repo.listSnapshots(id);
  const summary = await repo.getSummary(id);
  if (latest && summary && latest.createdAt >= summary.updatedAt) return;
  await repo.addSnapshot(doc, 'open').catch(() => undefined); // a full disk must not stop opening
}

/**
 * Restores a snapshot into the open editor: the current state is kept as a snapshot first, and
 * the restore itself is one undo step.
 */
export async function restoreSnapshot(session: Session, repo: ProcessRepository, snapshotId: number): Promise<boolean> {
  const version = await repo.getSnapshotDocument(snapshotId);
  if (!version.ok) return false;
  const current = session.editor.document.getState().doc;
  await repo.addSnapshot(current, 'beforeRestore');
  return session.editor.document.getState().execute('restoreVersion', { version: { ...version.doc, id: current.id } });
}
