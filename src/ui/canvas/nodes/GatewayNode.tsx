import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { PlusIcon } from '../../icons';
import type { StepRFNode } from '../projection';
import { NodeHandles } from './NodeHandles';
import { useZoomedOut } from './useZoomedOut';
import { OutsideLabel } from './OutsideLabel';

/** Parallel split (every branch runs) or join (waits for all branches). */
export const GatewayNode = memo(function GatewayNode({ data, selected }: NodeProps<StepRFNode>) {
  const { node, editing } = data;
  const simple = useZoomedOut();
  return (
    <div className={`fl-node fl-gateway ${selected ? 'is-selected' : ''}`} data-kind={node.kind}>
      <svg className="fl-shape" viewBox="0 0 100 100" aria-hidden="true">
        <polygon points="50,2 98,50 50,98 2,50" />
      </svg>
      {!simple && <PlusIcon className="fl-gateway-mark" size={22} strokeWidth={3} />}
      <NodeHandles />
      <OutsideLabel node={node} editing={editing} />
    </div>
  );
});
