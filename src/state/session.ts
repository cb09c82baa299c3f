// Opening a stored process for editing: load (migrating older documents), take the edit lock so
// that no other tab edits it at the same time, keep a snapshot on open, and start autosaving.
// A process another tab is editing opens read-only instead.
import { err, ok, type Result } from '../shared';
import type { DocumentIssue } from '../model';
import type { EditLock, ProcessRepository } from '../storage';
import { createAutosave, type Autosave } from './autosave';
import { createEditor, type Editor } from './editor';

export type SessionProblem = { kind: 'missing' } | { kind: 'corrupt'; issues: DocumentIssue[] };

export type Session = {
  processId: string;
  editor: Editor;
  /** Null when the process is open read-only because another tab is editing it. */
  autosave: Autosave | null;
  /** Stores pending changes and lets go of the edit lock. */
  close: () => Promise<void>;
};

export type SessionDeps = {
  acquireLock: (processId: string) => Promise<EditLock | null>;
  onFirstSave?: () => void;
  autosaveDelayMs?: number;
};

export async function openSession(repo: ProcessRepository, id: string, deps: SessionDeps): Promise<Result<Session, SessionProblem>> {
  const loaded = await repo.loadProcess(id);
  if (!loaded.ok) return err(loaded.reason === 'missing' ? { kind: 'missing' } : { kind: 'corrupt', issues: loaded.issues });
  const lock = await deps.acquireLock(id);
  const editor = createEditor(loaded.doc, { readOnly: !lock });
  if (!lock) return ok({ processId: id, editor, autosave: null, close: async () => {} });

  await snapshotOnOpen(repo, id, loaded.doc);
  const autosave = createAutosave(editor, repo, { revision: loaded.revision, onFirstSave: deps.onFirstSave, delayMs: deps.autosaveDelayMs });
  return ok({
    processId: id,
    editor,
    autosave,
    close: async () => {
      await autosave.flush();
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
