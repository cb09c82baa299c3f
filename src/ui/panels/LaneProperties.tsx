import { useTranslation } from 'react-i18next';
import type { Lane } from '../../model';
import { actions, select } from '../../state';
import { useDoc, useEditor } from '../EditorContext';
import { ArrowDownIcon, ArrowUpIcon } from '../icons';
import { ColorField } from './ColorField';
import { DeleteButton } from './DeleteButton';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';
import { useExecute } from './useExecute';
import { LaneSimFields } from './sim/LaneSimFields';

export function LaneProperties({ lane }: { lane: Lane }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const execute = useExecute();
  const index = useDoc((d) => d.lanes.findIndex((l) => l.id === lane.id));
  const count = useDoc((d) => d.lanes.length);
  const steps = useDoc((d) => d.nodes.filter((n) => n.laneId === lane.id).length);
  const id = lane.id;
  return (
    <div className="fl-properties-body" data-testid="lane-properties">
      <h3 className="fl-properties-kind">{t('properties.lane')}</h3>
      <p className="fl-field-hint">{t('properties.laneHint', { count: steps })}</p>
      <TextField label={t('properties.name')} value={lane.name} onCommit={(name) => name.trim() && execute('renameLane', { id, name: name.trim() })} />
      <NumberField label={t('properties.staff')} hint={t('properties.staffHint')} value={lane.staff} integer min={0} max={100000} onCommit={(n) => execute('setLaneStaff', { id, staff: n ?? 0 })} />
      <LaneSimFields lane={lane} />
      <ColorField value={lane.color} onChange={(color) => execute('setLaneColor', { id, color })} />
      <div className="fl-button-row">
        <button type="button" className="fl-button" disabled={index <= 0} onClick={() => execute('moveLane', { id, toIndex: index - 1 })}>
          <ArrowUpIcon size={14} /> {t('properties.moveLaneUp')}
        </button>
        <button type="button" className="fl-button" disabled={index >= count - 1} onClick={() => execute('moveLane', { id, toIndex: index + 1 })}>
          <ArrowDownIcon size={14} /> {t('properties.moveLaneDown')}
        </button>
      </div>
      <DeleteButton
        label={t('properties.deleteLane')}
        onDelete={() => {
          select(editor.view, { lane: id });
          actions.deleteSelection(editor);
        }}
      />
    </div>
  );
}
