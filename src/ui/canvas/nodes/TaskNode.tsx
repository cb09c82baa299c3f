import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatTimeStandard } from '../../format';
import { ClockIcon, HourglassIcon } from '../../icons';
import type { StepRFNode } from '../projection';
import { NodeHandles } from './NodeHandles';
import { useZoomedOut } from './useZoomedOut';
import { NodeLabel } from './NodeLabel';

/** A task (a step someone does) or a wait (time passing, e.g. "3日内下单"). */
export const TaskNode = memo(function TaskNode({ data, selected }: NodeProps<StepRFNode>) {
  const { t } = useTranslation();
  const simple = useZoomedOut();
  const { node, editing, laneColor } = data;
  if (node.kind !== 'task' && node.kind !== 'wait') return null;
  const isWait = node.kind === 'wait';
  return (
    <div
      className={`fl-node fl-task ${isWait ? 'fl-wait' : ''} ${selected ? 'is-selected' : ''}`}
      style={{ ['--lane-color' as string]: laneColor }}
      data-kind={node.kind}
    >
      <NodeHandles />
      {!simple && isWait && <HourglassIcon className="fl-node-icon" size={14} />}
      {(!simple || editing) && <NodeLabel node={node} editing={editing} />}
      {!simple && <div className="fl-chips">
        <span className="fl-chip">
          <ClockIcon size={11} />
          {formatDuration(t, node.duration)}
        </span>
        {node.timeStandard && <span className="fl-chip fl-chip-standard">{formatTimeStandard(t, node.timeStandard)}</span>}
      </div>}
    </div>
  );
});
