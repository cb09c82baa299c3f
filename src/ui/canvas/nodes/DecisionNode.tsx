import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StepRFNode } from '../projection';
import { NodeHandles } from './NodeHandles';
import { useZoomedOut } from './useZoomedOut';
import { NodeLabel } from './NodeLabel';

/** An exclusive choice: each case takes exactly one outgoing branch. */
export const DecisionNode = memo(function DecisionNode({ data, selected }: NodeProps<StepRFNode>) {
  const simple = useZoomedOut();
  return (
    <div className={`fl-node fl-decision ${selected ? 'is-selected' : ''}`} data-kind="decision">
      <svg className="fl-shape" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
        <polygon points="50,2 98,50 50,98 2,50" />
      </svg>
      <NodeHandles />
      {(!simple || data.editing) && <NodeLabel node={data.node} editing={data.editing} className="fl-decision-label" />}
    </div>
  );
});
