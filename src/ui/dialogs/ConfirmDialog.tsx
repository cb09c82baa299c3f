import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** Asks before something that cannot be undone. */
export function ConfirmDialog({ title, body, confirm, onConfirm, onClose }: { title: string; body: string; confirm: string; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="fl-button" onClick={onClose}>{t('dialog.cancel')}</button>
          <button type="button" className="fl-button fl-button-danger" onClick={() => { onConfirm(); onClose(); }}>{confirm}</button>
        </>
      }
    >
      <p>{body}</p>
    </Dialog>
  );
}
