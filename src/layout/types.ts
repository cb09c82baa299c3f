// What the layout pipeline takes and gives. Everything is in flow coordinates: `along` runs with
// the flow (x for horizontal lanes, y for vertical ones), `across` runs across it. The pipeline
// never needs to know the orientation; the document geometry uses the same two axes.
import type { EdgeId, LaneId, NodeGeometry, NodeId, Orientation, PhaseId, Point } from '../model';

export const SPACINGS = ['compact', 'normal', 'roomy'] as const;
export type Spacing = (typeof SPACINGS)[number];

/** A node's box size along and across the flow (its measured size, for its label). */
export type NodeSize = { along: number; across: number };

export type LayoutNode = { id: NodeId; laneId: LaneId; phaseId: PhaseId | null; size: NodeSize };
export type LayoutEdge = {
  id: EdgeId;
  source: NodeId;
  target: NodeId;
  /** Size of the edge's label box, when it has one: the channel it sits in is made wide enough. */
  label?: NodeSize;
};

export type LayoutInput = {
  /** Only used to turn the result into screen terms (node boxes, routes). */
  orientation: Orientation;
  lanes: LaneId[];
  phases: PhaseId[];
  /** In document order: it is ELK's model order, so the layout is deterministic. */
  nodes: LayoutNode[];
  edges: LayoutEdge[];
};

/** New diagram geometry, in the document's own terms (node y is relative to its lane's top). */
export type LayoutResult = {
  nodes: Record<NodeId, NodeGeometry>;
  laneSizes: Record<LaneId, number>;
  phaseSizes: Record<PhaseId, number>;
  /** Bend points on the canvas (absolute screen coordinates) between the two ports. */
  edgeRoutes: Record<EdgeId, Point[]>;
  stats: LayoutStats;
};

export type LayoutStats = { ranks: number; elkMs: number; totalMs: number; degraded: boolean };

// ------------------------------------------------------------- the slice of ELK's JSON we use
// (elkjs may only be imported in layout/engine; these mirror its ElkNode / ElkExtendedEdge)

export type ElkLayoutOptions = Record<string, string>;
export type ElkGraphNode = { id: string; width: number; height: number; x?: number; y?: number };
export type ElkGraphEdge = { id: string; sources: string[]; targets: string[] };
export type ElkGraph = {
  id: string;
  layoutOptions: ElkLayoutOptions;
  children: ElkGraphNode[];
  edges: ElkGraphEdge[];
};

/** Runs ELK: in a Web Worker in the browser, in-process in Node (tests, benchmarks). */
export type LayoutEngine = {
  layout(graph: ElkGraph): Promise<ElkGraph>;
  /** Stops a running layout at once (its promise rejects) and frees the worker. */
  cancel(): void;
};

/** The user (or a newer layout) stopped this one. */
export class LayoutCancelled extends Error {
  constructor() {
    super('layout cancelled');
    this.name = 'LayoutCancelled';
  }
}
