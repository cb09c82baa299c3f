import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useView } from './EditorContext';

const SHOW_FOR_MS = 5000;

/** A short message at the bottom of the screen (why something was refused, what happened). */
export function NoticeBar() {
  const { t } = useTranslation();
  const editor = useEditor();
  const notice = useView((v) => v.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => editor.view.setState((s) => (s.notice?.id === notice.id ? { notice: null } : s)), SHOW_FOR_MS);
    return () => clearTimeout(timer);
  }, [notice, editor]);
  if (!notice) return null;
  return (
    <div className={`fl-notice is-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      {t(notice.key as 'notice.refused', notice.params)}
      <button type="button" className="fl-icon-button" aria-label={t('dialog.close')} onClick={() => editor.view.setState({ notice: null })}>×</button>
    </div>
  );
}
