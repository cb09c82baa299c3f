import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../state';

const SHOW_FOR_MS = 6000;

/** A short message at the bottom of the screen, with an optional action (e.g. Undo). */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => onDismiss(notice.id), SHOW_FOR_MS);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);
  if (!notice) return null;
  return (
    <div className={`fl-notice is-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{t(notice.key as 'notice.refused', notice.params)}</span>
      {notice.action && (
        <button
          type="button"
          className="fl-notice-action"
          onClick={() => {
            notice.action!.run();
            onDismiss(notice.id);
          }}
        >
          {t(notice.action.key as 'dialog.close')}
        </button>
      )}
      <button type="button" className="fl-icon-button" aria-label={t('dialog.close')} onClick={() => onDismiss(notice.id)}>
        ×
      </button>
    </div>
  );
}
