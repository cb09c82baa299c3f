import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreSnapshot, showNotice } from '../../state';
import { StorageError, type SnapshotSummary } from '../../storage';
import { useRepository } from '../AppContext';
import { Dialog } from '../dialogs/Dialog';
import { useEditor, useView } from '../EditorContext';
import { Thumbnail } from '../library/Thumbnail';
import { useSessionControls } from './SessionContext';

/** Saved versions of the process: keep one by name, preview one, restore one (undoable). */
export function HistoryDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const repo = useRepository();
  const editor = useEditor();
  const controls = useSessionControls();
  const readOnly = useView((v) => v.readOnly);
  const processId = editor.document.getState().doc.id;
  const snapshots = useLiveQuery(() => repo.listSnapshots(processId), [repo, processId], null);
  const [name, setName] = useState('');
  const [previewed, setPreviewed] = useState<number | null>(null);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const keep = async () => {
    try {
      await repo.addSnapshot(editor.document.getState().doc, 'manual', name.trim());
      setName('');
    } catch (error) {
      showNotice(editor.view, error instanceof StorageError && error.reason === 'quota' ? 'storage.quota' : 'storage.failed', 'error');
    }
  };
  const restore = async (s: SnapshotSummary) => {
    if (!controls) return;
    const restored = await restoreSnapshot(controls.session, repo, s.id).catch(() => false);
    showNotice(editor.view, restored ? 'history.restored' : 'history.restoreFailed', restored ? 'info' : 'error');
    if (restored) onClose();
  };

  return (
    <Dialog title={t('history.title')} onClose={onClose}>
      <p className="fl-field-hint">{t('history.intro')}</p>
      <form className="fl-history-keep" onSubmit={(e) => { e.preventDefault(); void keep(); }}>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('history.namePlaceholder')} aria-label={t('history.name')} disabled={readOnly} />
        <button type="submit" className="fl-button fl-button-primary" disabled={readOnly}>{t('history.keep')}</button>
      </form>
      {snapshots?.length === 0 && <p>{t('history.none')}</p>}
      <ul className="fl-history" data-testid="history-list">
        {snapshots?.map((s) => (
          <li key={s.id} className="fl-history-item">
            <div className="fl-history-row">
              <span className="fl-history-what">
                <strong>{s.name || t(`history.kind.${s.kind}`)}</strong>
                <span className="fl-field-hint">{time.format(s.createdAt)} · {t('history.steps', { count: s.nodeCount })}</span>
              </span>
              <button type="button" className="fl-button" aria-expanded={previewed === s.id} onClick={() => setPreviewed(previewed === s.id ? null : s.id)}>
                {t('history.preview')}
              </button>
              <button type="button" className="fl-button" disabled={readOnly || !controls} onClick={() => void restore(s)}>
                {t('history.restore')}
              </button>
            </div>
            {previewed === s.id && <Thumbnail preview={s.preview} label={s.name || t(`history.kind.${s.kind}`)} />}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
