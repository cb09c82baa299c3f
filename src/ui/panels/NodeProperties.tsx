import { useTranslation } from 'react-i18next';
import type { FlowNode } from '../../model';
import { useDoc } from '../EditorContext';
import { NodeKindIcon } from '../palette/NodeKindIcon';
import { BranchShares } from './BranchShares';
import { DeleteButton } from './DeleteButton';
import { DurationField } from './fields/DurationField';
import { ItemsField } from './fields/ItemsField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { TimeStandardField } from './fields/TimeStandardField';
import { useExecute } from './useExecute';
import { ArrivalField } from './sim/ArrivalField';
import { TaskSimFields } from './sim/TaskSimFields';

const NO_PHASE = '';

export function NodeProperties({ node }: { node: FlowNode }) {
  const { t } = useTranslation();
  const execute = useExecute();
  const lanes = useDoc((d) => d.lanes);
  const phases = useDoc((d) => d.phases);
  const id = node.id;
  return (
    <div className="fl-properties-body" data-testid="node-properties">
      <h3 className="fl-properties-kind">
        <NodeKindIcon kind={node.kind} /> {t(`nodeKinds.${node.kind}`)}
      </h3>
      <p className="fl-field-hint">{t(`palette.hint.${node.kind}`)}</p>
      <TextField label={t('properties.label')} value={node.label} onCommit={(label) => execute('setNodeLabel', { id, label })} />
      <SelectField
        label={t('properties.lane')}
        value={node.laneId}
        options={lanes.map((l) => ({ value: l.id, label: l.name }))}
        onChange={(laneId) => execute('moveNodeToLane', { id, laneId })}
      />
      {phases.length > 0 && (
        <SelectField
          label={t('properties.phase')}
          value={node.phaseId ?? NO_PHASE}
          options={[{ value: NO_PHASE, label: t('properties.noPhase') }, ...phases.map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(phaseId) => execute('setNodePhase', { id, phaseId: phaseId || null })}
        />
      )}
      {(node.kind === 'task' || node.kind === 'wait') && (
        <>
          <DurationField value={node.duration} onCommit={(duration) => execute('setNodeDuration', { id, duration })} />
          <TimeStandardField value={node.timeStandard} onCommit={(timeStandard) => execute('setTimeStandard', { id, timeStandard })} />
        </>
      )}
      {node.kind === 'start' && <ArrivalField node={node} />}
      {node.kind === 'task' && (
        <>
          <TaskSimFields node={node} />
          <ItemsField label={t('properties.needs')} hint={t('properties.itemsHint')} value={node.needs} onCommit={(needs) => execute('setTaskItems', { id, needs })} />
          <ItemsField label={t('properties.produces')} hint={t('properties.itemsHint')} value={node.produces} onCommit={(produces) => execute('setTaskItems', { id, produces })} />
        </>
      )}
      {node.kind === 'decision' && <BranchShares nodeId={id} />}
      <TextField
        label={t('properties.notes')}
        hint={t('properties.notesHint')}
        multiline
        rows={6}
        value={node.notes}
        onCommit={(notes) => execute('setNodeNotes', { id, notes })}
      />
      <DeleteButton onDelete={() => execute('deleteElements', { nodeIds: [id], edgeIds: [] })} label={t('properties.deleteStep')} />
    </div>
  );
}
