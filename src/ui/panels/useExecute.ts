import { useEditor } from '../EditorContext';

/** The store's `execute`: runs one command as one undo step. */
export const useExecute = () => useEditor().document.getState().execute;
