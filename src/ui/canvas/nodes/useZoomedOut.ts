import { useStore } from '@xyflow/react';

/** Below this zoom labels are too small to read, so steps draw as plain shapes. */
export const DETAIL_ZOOM = 0.4;

/** True while the canvas is zoomed out past readable detail (re-renders only when that flips). */
export const useZoomedOut = () => useStore((s) => s.transform[2] < DETAIL_ZOOM);
