// The document and its undo history. One executed command = one history entry; commands that
// return the same document (no-ops) leave no entry because `equality` compares by identity.
// Selection, drag frames and the like live in the view store and never reach this history.
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import {
  applyCommand,
  ModelError,
  type CommandArgs,
  type CommandName,
  type ProcessDocument,
} from '../model';

type Tracked = {
  doc: ProcessDocument;
  /** The command that produced `doc`, so undo/redo can say what they will undo. */
  lastCommand: CommandName | null;
};

export type DocumentState = Tracked & {
  /** Applies a command; returns false (and changes nothing) when it did not change the document. */
  execute: <K extends CommandName>(name: K, args: CommandArgs<K>) => boolean;
  /** Replaces the document and forgets the history, e.g. when another process is opened. */
  load: (doc: ProcessDocument) => void;
};

export const HISTORY_LIMIT = 200;

type StoreOptions = {
  /** Explains a refused command to the user. */
  onRefused?: (error: ModelError) => void;
  /** False while the document is read-only: every command is then refused. */
  canEdit?: () => boolean;
};

export function createDocumentStore(initial: ProcessDocument, options: StoreOptions = {}) {
  const { onRefused, canEdit = () => true } = options;
  const store = createStore<DocumentState>()(
    temporal(
      (set, get) => ({
        doc: initial,
        lastCommand: null,
        execute: (name, args) => {
          if (!canEdit()) return false;
          const before = get().doc;
          let after: ProcessDocument;
          try {
            after = applyCommand(before, name, args);
          } catch (error) {
            if (error instanceof ModelError && onRefused) {
              onRefused(error);
              return false;
            }
            throw error;
          }
          if (after === before) return false;
          set({ doc: after, lastCommand: name });
          return true;
        },
        load: (doc) => {
          set({ doc, lastCommand: null });
          store.temporal.getState().clear();
        },
      }),
      {
        partialize: (s): Tracked => ({ doc: s.doc, lastCommand: s.lastCommand }),
        equality: (a, b) => a.doc === b.doc,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  return store;
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;
