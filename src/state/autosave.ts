// Stores every change of the open process shortly after it happens. Saves are based on the
// revision the editor loaded; if another tab saved in between, saving stops (nothing is
// overwritten) and the editor becomes read-only until the user reloads or saves a copy.
import { createStore } from 'zustand/vanilla';
import type { ProcessDocument } from '../model';
import type { ProcessRepository } from '../storage';
import type { Editor } from './editor';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed' | 'quota' | 'conflict';

export type AutosaveState = { status: SaveStatus; revision: number; savedAt: number | null };

export const AUTOSAVE_DELAY_MS = 400;
/** While editing, a snapshot is kept at most this often (on the next save after it elapses). */
export const SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

type Options = {
  revision: number;
  delayMs?: number;
  snapshotIntervalMs?: number;
  now?: () => number;
  /** Called after the first successful save (e.g. to ask for persistent storage). */
  onFirstSave?: () => void;
};

export type Autosave = ReturnType<typeof createAutosave>;

export function createAutosave(editor: Editor, repo: ProcessRepository, options: Options) {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const interval = options.snapshotIntervalMs ?? SNAPSHOT_INTERVAL_MS;
  const now = options.now ?? Date.now;
  const state = createStore<AutosaveState>()(() => ({ status: 'saved', revision: options.revision, savedAt: null }));
  let saved: ProcessDocument = editor.document.getState().doc;
  let lastSnapshotAt = now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let firstSave = true;

  const stopped = () => state.getState().status === 'conflict';

  async function saveOnce(): Promise<void> {
    const doc = editor.document.getState().doc;
    if (doc === saved || stopped()) return;
    state.setState({ status: 'saving' });
    const outcome = await repo.saveProcess(doc, state.getState().revision);
    if (!outcome.ok) {
      if (outcome.reason === 'conflict' || outcome.reason === 'missing') {
        state.setState({ status: 'conflict' });
        editor.view.setState({ readOnly: true });
      } else {
        state.setState({ status: outcome.reason === 'quota' ? 'quota' : 'failed' });
      }
      return;
    }
    saved = doc;
    state.setState({ status: editor.document.getState().doc === doc ? 'saved' : 'unsaved', revision: outcome.revision, savedAt: now() });
    if (firstSave) {
      firstSave = false;
      options.onFirstSave?.();
    }
    if (now() - lastSnapshotAt >= interval) {
      lastSnapshotAt = now();
      await repo.addSnapshot(doc, 'auto').catch(() => undefined); // a missed snapshot must not fail the save
    }
  }

  /** Saves now (waiting for a save in progress first); resolves when everything is stored. */
  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    while (running) await running;
    running = saveOnce().finally(() => {
      running = null;
    });
    await running;
    if (editor.document.getState().doc !== saved && !stopped() && state.getState().status === 'unsaved') schedule();
  }

  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  }

  const unsubscribe = editor.document.subscribe((s, previous) => {
    if (s.doc === previous.doc || stopped()) return;
    state.setState({ status: 'unsaved' });
    schedule();
  });

  return {
    state,
    flush,
    /** The changes not yet stored and the revision they build on; null when there are none to keep. */
    unsaved(): { doc: ProcessDocument; baseRevision: number } | null {
      const doc = editor.document.getState().doc;
      return doc === saved || stopped() ? null : { doc, baseRevision: state.getState().revision };
    },
    /** Forgets a conflict after the caller reloaded the stored version at `revision`. */
    resume(revision: number) {
      saved = editor.document.getState().doc;
      state.setState({ status: 'saved', revision });
    },
    dispose() {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
