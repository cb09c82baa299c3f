import { useTranslation } from 'react-i18next';
import { useEditor, useView } from '../EditorContext';

type Flag = 'snapToGrid' | 'showMinimap' | 'showChecks';
const FLAGS: Flag[] = ['snapToGrid', 'showMinimap', 'showChecks'];

/** Switches for snapping, the minimap and the check panel. */
export function ViewToggles() {
  const { t } = useTranslation();
  const editor = useEditor();
  const values = {
    snapToGrid: useView((v) => v.snapToGrid),
    showMinimap: useView((v) => v.showMinimap),
    showChecks: useView((v) => v.showChecks),
  };
  return (
    <div className="fl-toolbar-group">
      {FLAGS.map((flag) => (
        <label key={flag} className="fl-toggle" title={t(`toolbar.${flag}Hint`)}>
          <input type="checkbox" checked={values[flag]} onChange={(e) => editor.view.setState({ [flag]: e.target.checked })} />
          {t(`toolbar.${flag}`)}
        </label>
      ))}
    </div>
  );
}
