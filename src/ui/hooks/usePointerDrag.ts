import { useLayoutEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';

type Handlers = {
  /** Called on every move with the distance from the start, in screen pixels. */
  onMove: (dx: number, dy: number, event: PointerEvent) => void;
  /** Called once when the pointer is released (committed) or the drag is cancelled. */
  onEnd: (committed: boolean) => void;
};

/**
 * A press-drag-release gesture on one element, with pointer capture so it keeps working when the
 * pointer leaves the element. Escape cancels. Returns the onPointerDown handler to attach.
 */
export function usePointerDrag(handlers: Handlers) {
  // The latest handlers, read when the pointer moves (they close over the latest render).
  const ref = useRef(handlers);
  useLayoutEffect(() => {
    ref.current = handlers;
  });
  return (event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const target = event.currentTarget;
    const startX = event.clientX;
    const startY = event.clientY;
    target.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => ref.current.onMove(e.clientX - startX, e.clientY - startY, e);
    const finish = (committed: boolean) => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', cancel);
      window.removeEventListener('keydown', key, true);
      ref.current.onEnd(committed);
    };
    const up = () => finish(true);
    const cancel = () => finish(false);
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') finish(false);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', key, true);
  };
}
