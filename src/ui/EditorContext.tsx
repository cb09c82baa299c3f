import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ProcessDocument } from '../model';
import type { Editor, ViewState } from '../state';

const EditorContext = createContext<Editor | null>(null);

export function EditorProvider({ editor, children }: { editor: Editor; children: ReactNode }) {
  return <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>;
}

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor needs an <EditorProvider>');
  return editor;
}

/** Subscribes to part of the document; the selector must return stable values (or primitives). */
export function useDoc<T>(selector: (doc: ProcessDocument) => T): T {
  return useStore(useEditor().document, (s) => selector(s.doc));
}

export function useView<T>(selector: (view: ViewState) => T): T {
  return useStore(useEditor().view, selector);
}

export function useHistory() {
  const { document } = useEditor();
  const canUndo = useStore(document.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(document.temporal, (s) => s.futureStates.length > 0);
  const undoLabel = useStore(document, (s) => s.lastCommand);
  const redoLabel = useStore(document.temporal, (s) => s.futureStates.at(-1)?.lastCommand ?? null);
  return { canUndo, canRedo, undoLabel, redoLabel };
}
