import '@xyflow/react/dist/style.css';
import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';

/** Gives the canvas and its neighbours (keyboard zoom, focus requests) one React Flow instance. */
export function CanvasProvider({ children }: { children: ReactNode }) {
  return <ReactFlowProvider>{children}</ReactFlowProvider>;
}
