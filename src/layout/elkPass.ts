// Pass 1: ELK's layered algorithm on the flat graph of steps, for what ELK is good at — breaking
// cycles, assigning ranks along the flow and ordering steps inside a rank with few crossings.
// Its coordinates are not kept: ELK cannot keep steps inside lane bands (architecture-anchors
// §10.1), so lanes, rows and routes are ours (bands.ts, router.ts).
import type { ElkGraph, ElkLayoutOptions, LayoutInput } from './types';

/** Above this many steps, ELK runs with its cheaper strategies (reported as degraded). */
export const LARGE_GRAPH = 1200;

const BASE_OPTIONS: ElkLayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // One layering for the whole process, even when it falls apart into several pieces.
  'elk.separateConnectedComponents': 'false',
  // Reverse only edges that close a loop (a depth-first search's back edges lie on cycles); the
  // default greedy heuristic can also turn around edges that are on no loop at all.
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
  // Fewer crossing-minimisation sweeps than the default 7: measured 2–3× faster at 1,000 steps,
  // and lanes, not ELK's order, decide most of the picture.
  'elk.layered.thoroughness': '3',
  // Only ranks and in-rank order are read back: skip ELK's costly coordinate and route work.
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.edgeRouting': 'POLYLINE',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.spacing.nodeNode': '20',
};

const LARGE_OPTIONS: ElkLayoutOptions = { 'elk.layered.thoroughness': '1' };

export function rankGraph(input: LayoutInput): { graph: ElkGraph; degraded: boolean } {
  const degraded = input.nodes.length > LARGE_GRAPH;
  const laneIndex = new Map(input.lanes.map((id, i) => [id, i]));
  // Input order by lane, then document order: ELK's crossing minimisation starts from lanes stacked.
  const children = input.nodes
    .map((n, i) => ({ n, i, lane: laneIndex.get(n.laneId) ?? 0 }))
    .sort((a, b) => a.lane - b.lane || a.i - b.i)
    .map(({ n }) => ({ id: n.id, width: n.size.along, height: n.size.across }));
  const ids = new Set(input.nodes.map((n) => n.id));
  const edges = input.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
    .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  const layoutOptions = degraded ? { ...BASE_OPTIONS, ...LARGE_OPTIONS } : BASE_OPTIONS;
  return { graph: { id: 'root', layoutOptions, children, edges }, degraded };
}

/** ELK's plain layered layout of the same graph: the benchmark's baseline. */
export function plainGraph(input: LayoutInput): ElkGraph {
  const { graph } = rankGraph(input);
  return { ...graph, layoutOptions: { 'elk.algorithm': 'layered' } };
}

export type RankOrder = {
  /** Rank (column along the flow) of every step, from 0. */
  rank: Map<string, number>;
  /** Position of every step inside its rank as ELK ordered it (smaller = nearer the top). */
  order: Map<string, number>;
};

/**
 * Ranks from ELK's coordinates by an interval sweep: ELK does not align the steps of one layer on
 * a common x when their widths differ, but a layer's boxes always overlap along the flow and two
 * layers never do (architecture-anchors §10.1).
 */
export function ranksFromElk(result: ElkGraph): RankOrder {
  const boxes = result.children
    .map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0, w: c.width }))
    .sort((a, b) => a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : 1));
  const rank = new Map<string, number>();
  let current = -1;
  let right = -Infinity;
  for (const b of boxes) {
    if (b.x >= right) {
      current += 1;
      right = b.x + b.w;
    } else right = Math.max(right, b.x + b.w);
    rank.set(b.id, current);
  }
  const order = new Map<string, number>();
  const byY = [...boxes].sort((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1));
  byY.forEach((b, i) => order.set(b.id, i));
  return { rank, order };
}
