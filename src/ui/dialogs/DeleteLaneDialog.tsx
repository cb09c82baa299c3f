import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDoc, useEditor } from '../EditorContext';
import { Dialog } from './Dialog';

const DELETE_STEPS = '';

/** Deleting a lane that still has steps: move them to another lane, or delete them too. */
export function DeleteLaneDialog({ laneId, onClose }: { laneId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const lanes = useDoc((d) => d.lanes);
  const lane = lanes.find((l) => l.id === laneId);
  const steps = useDoc((d) => d.nodes.filter((n) => n.laneId === laneId).length);
  const others = lanes.filter((l) => l.id !== laneId);
  const [target, setTarget] = useState(others[0]?.id ?? DELETE_STEPS);
  if (!lane) return null;
  const confirm = () => {
    editor.document.getState().execute('deleteLane', { id: laneId, moveNodesTo: target || null });
    onClose();
  };
  return (
    <Dialog
      title={t('deleteLane.title', { name: lane.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="fl-button" onClick={onClose}>{t('dialog.cancel')}</button>
          <button type="button" className="fl-button fl-button-danger" onClick={confirm}>{t('deleteLane.confirm')}</button>
        </>
      }
    >
      <p>{t('deleteLane.body', { count: steps })}</p>
      <fieldset className="fl-choices">
        {others.map((l) => (
          <label key={l.id}>
            <input type="radio" name="lane-target" checked={target === l.id} onChange={() => setTarget(l.id)} />
            {t('deleteLane.moveTo', { name: l.name })}
          </label>
        ))}
        <label>
          <input type="radio" name="lane-target" checked={target === DELETE_STEPS} onChange={() => setTarget(DELETE_STEPS)} />
          {t('deleteLane.deleteSteps', { count: steps })}
        </label>
      </fieldset>
      <p className="fl-field-hint">{t('deleteLane.undoHint')}</p>
    </Dialog>
  );
}
