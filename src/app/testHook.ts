// A window hook for end-to-end tests and benchmarks, so they can load documents and assert on
// data instead of pixels. Only dev and e2e builds include it (see main.tsx).
import { parseDocument, type CommandArgs, type CommandName } from '../model';
import { activeSession } from '../state';
import type { ProcessRepository } from '../storage';

export type FlowlaneTestHook = ReturnType<typeof createHook>;

function createHook(repo: ProcessRepository) {
  const session = () => {
    const s = activeSession.getState().session;
    if (!s) throw new Error('No process is open');
    return s;
  };
  const editor = () => session().editor;
  return {
    /** The storage behind the app (create, list, load … processes directly). */
    repo,
    isOpen: () => activeSession.getState().session !== null,
    getDocument: () => editor().document.getState().doc,
    getSelection: () => editor().view.getState().selection,
    historySize: () => editor().document.temporal.getState().pastStates.length,
    saveStatus: () => session().autosave?.state.getState().status ?? 'readOnly',
    flush: () => session().autosave?.flush(),
    /**
     * Loads a document's content into the open process, as if it had been drawn there (it keeps
     * the open process's id and is autosaved); returns the problems if it is refused.
     */
    loadDocument: (raw: unknown) => {
      const result = parseDocument(raw);
      if (result.ok) editor().document.getState().load({ ...result.value, id: editor().document.getState().doc.id });
      return result.ok ? [] : result.error;
    },
    execute: <K extends CommandName>(name: K, args: CommandArgs<K>) => editor().document.getState().execute(name, args),
  };
}

export function installTestHook(repo: ProcessRepository) {
  (window as unknown as { __flowlane: FlowlaneTestHook }).__flowlane = createHook(repo);
}
