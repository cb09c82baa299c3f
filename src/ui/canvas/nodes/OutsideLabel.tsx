import type { FlowNode } from '../../../model';
import { NodeLabel } from './NodeLabel';
import { useZoomedOut } from './useZoomedOut';

/** The label of a small round or diamond node, written underneath it (hidden when zoomed out). */
export function OutsideLabel({ node, editing }: { node: FlowNode; editing: boolean }) {
  const simple = useZoomedOut();
  if (simple && !editing) return null;
  return (
    <div className="fl-outside-label">
      <NodeLabel node={node} editing={editing} />
    </div>
  );
}
