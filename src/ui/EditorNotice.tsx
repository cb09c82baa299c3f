import { useCallback } from 'react';
import { useEditor, useView } from './EditorContext';
import { NoticeBar } from './NoticeBar';

/** The editor's notices (why a connection was refused, …). */
export function EditorNotice() {
  const editor = useEditor();
  const notice = useView((v) => v.notice);
  const dismiss = useCallback((id: number) => editor.view.setState((s) => (s.notice?.id === id ? { notice: null } : s)), [editor]);
  return <NoticeBar notice={notice} onDismiss={dismiss} />;
}
