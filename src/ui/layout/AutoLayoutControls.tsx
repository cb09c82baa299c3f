import { useTranslation } from 'react-i18next';
import { SPACINGS, type Spacing } from '../../layout';
import { useEditor, useView } from '../EditorContext';
import { useAutoLayout } from './useAutoLayout';

/** The toolbar's "Auto layout" button and its spacing choice. */
export function AutoLayoutControls() {
  const { t } = useTranslation();
  const editor = useEditor();
  const run = useAutoLayout();
  const readOnly = useView((v) => v.readOnly);
  const spacing = useView((v) => v.layoutSpacing);
  return (
    <div className="fl-toolbar-group">
      <button type="button" className="fl-button" disabled={readOnly} title={t('layout.buttonHint')} onClick={() => void run()}>
        {t('layout.button')}
      </button>
      <select
        className="fl-select"
        aria-label={t('layout.spacing')}
        title={t('layout.spacingHint')}
        value={spacing}
        onChange={(e) => editor.view.setState({ layoutSpacing: e.target.value as Spacing })}
      >
        {SPACINGS.map((s) => (
          <option key={s} value={s}>
            {t(`layout.spacings.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
