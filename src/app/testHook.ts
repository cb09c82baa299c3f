// A window hook for end-to-end tests and benchmarks, so they can load documents and assert on
// data instead of pixels. Only dev and e2e builds include it (see main.tsx).
import { parseDocument, type CommandArgs, type CommandName } from '../model';
import type { Editor } from '../state';

export type FlowlaneTestHook = ReturnType<typeof createHook>;

function createHook(editor: Editor) {
  return {
    getDocument: () => editor.document.getState().doc,
    getSelection: () => editor.view.getState().selection,
    historySize: () => editor.document.temporal.getState().pastStates.length,
    /** Loads a document as a file would be loaded; returns the problems if it is refused. */
    loadDocument: (raw: unknown) => {
      const result = parseDocument(raw);
      if (result.ok) editor.document.getState().load(result.value);
      return result.ok ? [] : result.error;
    },
    execute: <K extends CommandName>(name: K, args: CommandArgs<K>) => editor.document.getState().execute(name, args),
  };
}

export function installTestHook(editor: Editor) {
  (window as unknown as { __flowlane: FlowlaneTestHook }).__flowlane = createHook(editor);
}
