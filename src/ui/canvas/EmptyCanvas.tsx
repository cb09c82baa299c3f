import { useTranslation } from 'react-i18next';
import { actions } from '../../state';
import { useEditor } from '../EditorContext';
import { LaneIcon } from '../icons';

/** What a new, empty process shows: one clear first step. */
export function EmptyCanvas() {
  const { t } = useTranslation();
  const editor = useEditor();
  return (
    <div className="fl-empty" role="note">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <button type="button" className="fl-button fl-button-primary" onClick={() => actions.addLane(editor, t('defaults.laneName', { n: 1 }))}>
        <LaneIcon size={16} /> {t('empty.addLane')}
      </button>
    </div>
  );
}
