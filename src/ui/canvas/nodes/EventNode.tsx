import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StepRFNode } from '../projection';
import { NodeHandles } from './NodeHandles';
import { useZoomedOut } from './useZoomedOut';
import { NodeLabel } from './NodeLabel';

/** Where cases start (thin circle) or end (thick circle); the label sits underneath. */
export const EventNode = memo(function EventNode({ data, selected }: NodeProps<StepRFNode>) {
  const { node, editing } = data;
  const simple = useZoomedOut();
  return (
    <div className={`fl-node fl-event fl-${node.kind} ${selected ? 'is-selected' : ''}`} data-kind={node.kind}>
      <NodeHandles />
      {(!simple || editing) && (
        <div className="fl-outside-label">
          <NodeLabel node={node} editing={editing} />
        </div>
      )}
    </div>
  );
});
