import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';

const SIDES = [
  [Position.Top, 't'],
  [Position.Right, 'r'],
  [Position.Bottom, 'b'],
  [Position.Left, 'l'],
] as const;

/** Four connection points; edges themselves pick their sides (see edgeSides.ts). */
export const NodeHandles = memo(function NodeHandles() {
  return (
    <>
      {SIDES.map(([position, id]) => (
        <Handle key={id} id={id} type="source" position={position} className="fl-handle" />
      ))}
    </>
  );
});
