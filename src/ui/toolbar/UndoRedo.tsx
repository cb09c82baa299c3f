import { useTranslation } from 'react-i18next';
import { actions } from '../../state';
import { useEditor, useHistory } from '../EditorContext';
import { RedoIcon, UndoIcon } from '../icons';

/** Undo and redo, each saying what it would undo or redo. */
export function UndoRedo() {
  const { t } = useTranslation();
  const editor = useEditor();
  const { canUndo, canRedo, undoLabel, redoLabel } = useHistory();
  const undoTitle = canUndo && undoLabel ? t('toolbar.undoWhat', { what: t(`commands.${undoLabel}`) }) : t('toolbar.undo');
  const redoTitle = canRedo && redoLabel ? t('toolbar.redoWhat', { what: t(`commands.${redoLabel}`) }) : t('toolbar.redo');
  return (
    <div className="fl-toolbar-group">
      <button type="button" className="fl-icon-button" disabled={!canUndo} title={undoTitle} aria-label={t('toolbar.undo')} onClick={() => actions.undo(editor)}>
        <UndoIcon />
      </button>
      <button type="button" className="fl-icon-button" disabled={!canRedo} title={redoTitle} aria-label={t('toolbar.redo')} onClick={() => actions.redo(editor)}>
        <RedoIcon />
      </button>
    </div>
  );
}
