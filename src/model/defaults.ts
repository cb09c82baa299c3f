import {
  CURRENT_SCHEMA_VERSION,
  type Duration,
  type FlowNode,
  type NodeId,
  type NodeKind,
  type LaneId,
  type ProcessDocument,
  type ProcessId,
} from './types';

/** Width (horizontal lanes) of the lane header strip, outside the content area. */
export const LANE_HEADER_SIZE = 132;
/** Height (horizontal lanes) of the phase header strip above the lanes. */
export const PHASE_HEADER_SIZE = 36;
export const DEFAULT_LANE_SIZE = 160;
export const MIN_LANE_SIZE = 80;
/** Space kept between a lane's border and the nodes inside it. */
export const LANE_PADDING = 16;
export const DEFAULT_PHASE_SIZE = 480;
export const MIN_PHASE_SIZE = 120;
/** The content area is at least this long, so an empty process still shows usable bands. */
export const MIN_CONTENT_LENGTH = 760;
/** Room kept after the last node, to drop the next one into. */
export const CONTENT_TAIL = 240;
export const GRID_SIZE = 10;

export const NODE_SIZES: Record<NodeKind, { w: number; h: number }> = {
  start: { w: 44, h: 44 },
  end: { w: 44, h: 44 },
  task: { w: 140, h: 64 },
  decision: { w: 120, h: 76 },
  parallelSplit: { w: 52, h: 52 },
  parallelJoin: { w: 52, h: 52 },
  wait: { w: 120, h: 52 },
};

/** Soft colours that keep black text readable; lanes cycle through them. */
export const LANE_COLORS = [
  '#dbeafe',
  '#dcfce7',
  '#fef3c7',
  '#fce7f3',
  '#ede9fe',
  '#cffafe',
  '#ffedd5',
  '#e2e8f0',
] as const;

export const laneColorFor = (index: number): string =>
  LANE_COLORS[index % LANE_COLORS.length] ?? LANE_COLORS[0];

export const defaultTaskDuration = (): Duration => ({
  unit: 'minute',
  dist: { kind: 'fixed', value: 5 },
});
export const defaultWaitDuration = (): Duration => ({
  unit: 'minute',
  dist: { kind: 'fixed', value: 10 },
});

/** A node of `kind` with every field at its default; labels are left to the caller. */
export function createNode(
  kind: NodeKind,
  id: NodeId,
  laneId: LaneId,
  label: string,
): FlowNode {
  const base = { id, laneId, phaseId: null, label, notes: '' };
  switch (kind) {
    case 'task':
      return {
        ...base,
        kind,
        duration: defaultTaskDuration(),
        timeStandard: null,
        needs: [],
        produces: [],
      };
    case 'wait':
      return { ...base, kind, duration: defaultWaitDuration(), timeStandard: null };
    default:
      return { ...base, kind };
  }
}

export function emptyDocument(id: ProcessId, name: string): ProcessDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    name,
    description: '',
    lanes: [],
    phases: [],
    nodes: [],
    edges: [],
    diagram: { orientation: 'horizontal', nodes: {}, laneSizes: {}, phaseSizes: {}, edgeRoutes: {} },
  };
}
