import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StepRFNode } from '../projection';
import { NodeHandles } from './NodeHandles';
import { OutsideLabel } from './OutsideLabel';

/** Where cases start (thin circle) or end (thick circle); the label sits underneath. */
export const EventNode = memo(function EventNode({ data, selected }: NodeProps<StepRFNode>) {
  const { node, editing } = data;
  return (
    <div className={`fl-node fl-event fl-${node.kind} ${selected ? 'is-selected' : ''}`} data-kind={node.kind}>
      <NodeHandles />
      <OutsideLabel node={node} editing={editing} />
    </div>
  );
});
