import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal dialog on the native <dialog> element: focus is trapped and Escape closes it. */
export function Dialog({ title, onClose, children, footer }: { title: string; onClose: () => void; children: ReactNode; footer?: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="fl-dialog" aria-label={title} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <header className="fl-dialog-header">
        <h2>{title}</h2>
        <button type="button" className="fl-icon-button" aria-label={t('dialog.close')} onClick={onClose}>×</button>
      </header>
      <div className="fl-dialog-body">{children}</div>
      {footer && <footer className="fl-dialog-footer">{footer}</footer>}
    </dialog>
  );
}
