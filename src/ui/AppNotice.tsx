import { useCallback } from 'react';
import { useApp, useServices } from './AppContext';
import { NoticeBar } from './NoticeBar';

/** Notices that belong to no one editor (imports, library actions, storage problems). */
export function AppNotice() {
  const { app } = useServices();
  const notice = useApp((s) => s.notice);
  const dismiss = useCallback((id: number) => app.setState((s) => (s.notice?.id === id ? { notice: null } : s)), [app]);
  return <NoticeBar notice={notice} onDismiss={dismiss} />;
}
