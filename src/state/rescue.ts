// Changes that were not yet stored when the page was hidden or closed: a rescue copy is written
// synchronously (storage/rescueCopies.ts), and moved into the database the next time the process
// is opened or the library is shown. Nothing is overwritten: if the process was saved elsewhere
// in between, the rescued changes become a version in its history instead.
import { parseDocument, stableStringify } from '../model';
import {
  readRescueCopy,
  removeRescueCopy,
  rescuedProcessIds,
  StorageError,
  writeRescueCopy,
  type EditLock,
  type ProcessRepository,
  type RescueStorage,
  type StorageFailure,
} from '../storage';
import type { Autosave } from './autosave';

export type RescueOutcome =
  | { kind: 'none' }
  /** The rescued changes are now the stored process. */
  | { kind: 'saved'; revision: number }
  /** They had been stored after all (the save started as the page closed did finish). */
  | { kind: 'alreadyStored' }
  /** The process was saved elsewhere meanwhile: the changes are a version in its history. */
  | { kind: 'keptAsVersion'; name: string }
  /** Unreadable or invalid, or its process was deleted for ever: dropped. */
  | { kind: 'dropped' }
  /** Storing failed (e.g. a full disk): the copy stays for the next attempt. */
  | { kind: 'failed'; reason: StorageFailure };

export type RescueGuard = {
  /** Writes a rescue copy if there are changes not yet stored (synchronous, for pagehide). */
  keep: () => void;
  dispose: () => void;
};

/** Keeps rescue copies of an autosaved process on demand and drops them once everything is stored. */
export function guardUnsavedChanges(store: RescueStorage, processId: string, autosave: Autosave, now: () => number = Date.now): RescueGuard {
  const dispose = autosave.state.subscribe((s, previous) => {
    if (s.status === 'saved' && previous.status !== 'saved') removeRescueCopy(store, processId);
  });
  return {
    keep: () => {
      const unsaved = autosave.unsaved();
      if (unsaved) writeRescueCopy(store, { processId, baseRevision: unsaved.baseRevision, savedAt: now(), doc: unsaved.doc });
    },
    dispose,
  };
}

/**
 * Moves the rescue copy of a process into the database. Call it while holding the process's
 * edit lock, so that no tab edits the process meanwhile.
 */
export async function recoverRescueCopy(repo: ProcessRepository, store: RescueStorage, processId: string): Promise<RescueOutcome> {
  const copy = readRescueCopy(store, processId);
  const done = (outcome: RescueOutcome) => {
    removeRescueCopy(store, processId);
    return outcome;
  };
  if (!copy) return done({ kind: 'none' });
  const parsed = parseDocument(copy.doc);
  const summary = await repo.getSummary(processId);
  if (!parsed.ok || parsed.value.id !== processId || !summary) return done({ kind: 'dropped' });
  const doc = parsed.value;

  if (summary.revision === copy.baseRevision && copy.savedAt >= summary.updatedAt) {
    const saved = await repo.saveProcess(doc, copy.baseRevision);
    if (saved.ok) return done({ kind: 'saved', revision: saved.revision });
    if (saved.reason === 'missing') return done({ kind: 'dropped' });
    if (saved.reason !== 'conflict') return { kind: 'failed', reason: saved.reason };
  }
  const stored = await repo.loadProcess(processId);
  if (stored.ok && stableStringify(stored.doc) === stableStringify(doc)) return done({ kind: 'alreadyStored' });
  if (!stored.ok && stored.reason === 'missing') return done({ kind: 'dropped' });
  try {
    await repo.addSnapshot(doc, 'rescued');
  } catch (error) {
    return { kind: 'failed', reason: error instanceof StorageError ? error.reason : 'failed' };
  }
  return done({ kind: 'keptAsVersion', name: summary.name });
}

/**
 * Recovers every rescue copy whose process no tab is editing (a tab that holds the edit lock
 * recovered the copy when it opened the process, or wrote it and is still saving).
 */
export async function recoverAllRescueCopies(
  repo: ProcessRepository,
  store: RescueStorage,
  acquireLock: (processId: string) => Promise<EditLock | null>,
): Promise<{ processId: string; outcome: RescueOutcome }[]> {
  const results: { processId: string; outcome: RescueOutcome }[] = [];
  for (const processId of rescuedProcessIds(store)) {
    const lock = await acquireLock(processId);
    if (!lock) continue;
    try {
      results.push({ processId, outcome: await recoverRescueCopy(repo, store, processId) });
    } finally {
      lock.release();
    }
  }
  return results;
}
