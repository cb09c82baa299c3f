// Resizing a lane by its edge and reordering lanes by their grip: both preview in the view store
// while the pointer moves and become one command when it is released.
import { useReactFlow } from '@xyflow/react';
import { useRef, type PointerEvent } from 'react';
import { bandAt, laneBands, requiredLaneSize, type Orientation } from '../../../model';
import { setPreview } from '../../../state';
import { useEditor } from '../../EditorContext';
import { usePointerDrag } from '../../hooks/usePointerDrag';

export function useLaneResize(laneId: string, orientation: Orientation) {
  const editor = useEditor();
  const flow = useReactFlow();
  // Refs, not locals: the lane re-renders while the preview changes, re-creating the handlers.
  const start = useRef({ size: 0, min: 0, zoom: 1 });
  const begin = usePointerDrag({
    onMove: (dx, dy) => {
      const delta = (orientation === 'horizontal' ? dy : dx) / start.current.zoom;
      setPreview(editor.view, { laneSize: { id: laneId, size: Math.max(start.current.min, Math.round(start.current.size + delta)) } });
    },
    onEnd: (committed) => {
      const preview = editor.view.getState().preview.laneSize;
      setPreview(editor.view, { laneSize: null });
      if (committed && preview) editor.document.getState().execute('resizeLane', { id: laneId, size: preview.size });
    },
  });
  return (event: PointerEvent<HTMLElement>) => {
    const doc = editor.document.getState().doc;
    start.current = {
      size: laneBands(doc).find((b) => b.id === laneId)?.size ?? 0,
      min: requiredLaneSize(doc, laneId),
      zoom: flow.getZoom(),
    };
    begin(event);
  };
}

export function useLaneReorder(laneId: string, orientation: Orientation) {
  const editor = useEditor();
  const flow = useReactFlow();
  return usePointerDrag({
    onMove: (_dx, _dy, event) => {
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const doc = editor.document.getState().doc;
      const bands = laneBands(doc);
      const band = bandAt(bands, orientation === 'horizontal' ? point.y : point.x);
      if (band) setPreview(editor.view, { laneMove: { id: laneId, toIndex: bands.indexOf(band) } });
    },
    onEnd: (committed) => {
      const move = editor.view.getState().preview.laneMove;
      setPreview(editor.view, { laneMove: null });
      if (committed && move) editor.document.getState().execute('moveLane', { id: laneId, toIndex: move.toIndex });
    },
  });
}
