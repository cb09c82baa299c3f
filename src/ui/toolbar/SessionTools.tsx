import { useTranslation } from 'react-i18next';
import { useEditor } from '../EditorContext';
import { exportProcess } from '../files/exportFiles';
import { SaveIndicator } from '../session/SaveIndicator';
import { useSessionControls } from '../session/SessionContext';

/** Saving state, versions and export of the open process (absent without storage). */
export function SessionTools() {
  const { t } = useTranslation();
  const editor = useEditor();
  const controls = useSessionControls();
  if (!controls) return null;
  const { autosave } = controls.session;
  return (
    <div className="fl-toolbar-group">
      {autosave ? <SaveIndicator autosave={autosave} /> : <span className="fl-save-status is-readonly" data-testid="save-status" data-status="readOnly">{t('save.status.readOnly')}</span>}
      <button type="button" className="fl-button" title={t('history.hint')} onClick={() => editor.view.setState({ dialog: { kind: 'history' } })}>
        {t('history.button')}
      </button>
      <button type="button" className="fl-button" title={t('files.exportHint')} onClick={() => exportProcess(editor.document.getState().doc)}>
        {t('files.export')}
      </button>
    </div>
  );
}
