// Projects the document and the view state onto React Flow nodes and edges. React Flow only
// re-renders elements whose objects change, so each projected object is cached and rebuilt only
// when its inputs change: dragging one node of a thousand rebuilds one object.
import { MarkerType, type Edge, type EdgeMarker, type Node } from '@xyflow/react';
import type { Rect } from '../../shared';
import {
  LANE_HEADER_SIZE,
  PHASE_HEADER_SIZE,
  contentLength,
  laneBands,
  nodeScreenRects,
  phaseColumns,
  toScreenRect,
  type FlowEdge,
  type FlowNode,
  type Lane,
  type NodeGeometry,
  type Orientation,
  type Phase,
  type Point,
  type ProcessDocument,
} from '../../model';
import type { InlineEdit, Preview, Selection } from '../../state';
import { edgeAnchors, type Side } from './edges/edgeSides';
import { validRoute } from './edges/routedPath';

export type StepNodeData = { node: FlowNode; editing: boolean; laneColor: string };
export type LaneNodeData = {
  lane: Lane;
  index: number;
  orientation: Orientation;
  selected: boolean;
  editing: boolean;
  /** Where a lane being dragged would land, relative to this one. */
  dropHint: 'before' | 'after' | null;
  stepCount: number;
};
export type PhaseNodeData = { phase: Phase; orientation: Orientation; selected: boolean; editing: boolean };
export type FlowEdgeData = {
  edge: FlowEdge;
  editing: boolean;
  crossesLanes: boolean;
  fromDecision: boolean;
  /** Bend points from the auto-layout, while they still fit the two steps. */
  route: Point[] | null;
};

export type StepRFNode = Node<StepNodeData, FlowNode['kind']>;
export type LaneRFNode = Node<LaneNodeData, 'lane'>;
export type PhaseRFNode = Node<PhaseNodeData, 'phase'>;
export type CanvasNode = StepRFNode | LaneRFNode | PhaseRFNode;
export type CanvasEdge = Edge<FlowEdgeData, 'flow'>;

// Shared marker objects: React Flow makes one <marker> per distinct marker, so reuse them.
const arrow = (color: string): EdgeMarker => ({ type: MarkerType.ArrowClosed, width: 16, height: 16, color });
const MARKERS = { normal: arrow('#64748b'), warning: arrow('#d97706'), selected: arrow('#2563eb') };

export const LANE_PREFIX = 'lane:';
export const PHASE_PREFIX = 'phase:';

type ViewInputs = { selection: Selection; editing: InlineEdit | null; preview: Preview };

type Cached<I, O> = { inputs: I; output: O };
const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Keeps the last output per id and reuses it while the inputs are identical. */
class Memo<O> {
  private cache = new Map<string, Cached<readonly unknown[], O>>();
  private seen = new Set<string>();
  get(id: string, inputs: readonly unknown[], build: () => O): O {
    this.seen.add(id);
    const hit = this.cache.get(id);
    if (hit && sameInputs(hit.inputs, inputs)) return hit.output;
    const output = build();
    this.cache.set(id, { inputs, output });
    return output;
  }
  /** Forgets ids not used since the last sweep. */
  sweep() {
    for (const id of this.cache.keys()) if (!this.seen.has(id)) this.cache.delete(id);
    this.seen.clear();
  }
}

export class Projection {
  private steps = new Memo<StepRFNode>();
  private edges = new Memo<CanvasEdge>();
  private frames = new Memo<LaneRFNode | PhaseRFNode>();

  nodes(doc: ProcessDocument, view: ViewInputs): CanvasNode[] {
    const o = doc.diagram.orientation;
    const { selection, editing, preview } = view;
    const bands = laneBands(doc).map((b) =>
      preview.laneSize?.id === b.id ? { ...b, size: preview.laneSize.size } : b,
    );
    restack(bands);
    const columns = phaseColumns(doc).map((c) =>
      preview.phaseSize?.id === c.id ? { ...c, size: preview.phaseSize.size } : c,
    );
    restack(columns);
    const length = Math.max(contentLength(doc), columns.reduce((end, c) => Math.max(end, c.start + c.size), 0));
    const across = bands.reduce((end, b) => Math.max(end, b.start + b.size), 0);
    const selectedNodes = new Set(selection.nodes);
    const out: CanvasNode[] = [];

    const lanes = new Map(doc.lanes.map((l) => [l.id, l]));
    const stepCounts = new Map<string, number>();
    for (const n of doc.nodes) stepCounts.set(n.laneId, (stepCounts.get(n.laneId) ?? 0) + 1);
    const move = preview.laneMove;
    const fromIndex = move ? doc.lanes.findIndex((l) => l.id === move.id) : -1;
    bands.forEach((band, index) => {
      const lane = lanes.get(band.id)!;
      const dropHint = move && move.toIndex === index && fromIndex !== index ? (move.toIndex < fromIndex ? 'before' : 'after') : null;
      const selected = selection.lane === lane.id;
      const isEditing = editing?.kind === 'lane' && editing.id === lane.id;
      const count = stepCounts.get(lane.id) ?? 0;
      out.push(
        this.frames.get(LANE_PREFIX + lane.id, [lane, index, o, band.start, band.size, length, selected, isEditing, dropHint, count], () =>
          laneNode(lane, index, o, band.start, band.size, length, { selected, editing: isEditing, dropHint, stepCount: count }),
        ),
      );
    });
    for (const column of columns) {
      const phase = doc.phases.find((p) => p.id === column.id)!;
      const selected = selection.phase === phase.id;
      const isEditing = editing?.kind === 'phase' && editing.id === phase.id;
      out.push(
        this.frames.get(PHASE_PREFIX + phase.id, [phase, o, column.start, column.size, across, selected, isEditing], () =>
          phaseNode(phase, o, column.start, column.size, across, selected, isEditing),
        ),
      );
    }

    const starts = new Map(bands.map((b) => [b.id, b.start]));
    for (const node of doc.nodes) {
      const g = doc.diagram.nodes[node.id];
      if (!g) continue;
      const start = starts.get(node.laneId) ?? 0;
      const dragged = preview.nodePositions?.[node.id] ?? null;
      const selected = selectedNodes.has(node.id);
      const isEditing = editing?.kind === 'node' && editing.id === node.id;
      const color = lanes.get(node.laneId)?.color ?? '#ffffff';
      out.push(
        this.steps.get(node.id, [node, g, start, o, dragged, selected, isEditing, color], () =>
          stepNode(node, g, start, o, dragged, selected, isEditing, color),
        ),
      );
    }
    this.steps.sweep();
    this.frames.sweep();
    return out;
  }

  private rects = new WeakMap<ProcessDocument, Map<string, Rect>>();
  private lastEdges: CanvasEdge[] = [];

  /** Node rectangles of a document (computed once per version), with dragged nodes moved. */
  private rectsOf(doc: ProcessDocument, dragged: Preview['nodePositions']): (id: string) => Rect | undefined {
    let rects = this.rects.get(doc);
    if (!rects) this.rects.set(doc, (rects = nodeScreenRects(doc)));
    const stored = rects;
    return (id) => {
      const r = stored.get(id);
      const moved = dragged?.[id];
      return r && moved ? { ...r, x: moved.x, y: moved.y } : r;
    };
  }

  edgeList(doc: ProcessDocument, view: ViewInputs): CanvasEdge[] {
    const laneOf = new Map(doc.nodes.map((n) => [n.id, n]));
    const selected = new Set(view.selection.edges);
    const rectOf = this.rectsOf(doc, view.preview.nodePositions);
    const vertical = doc.diagram.orientation === 'vertical';
    const out = doc.edges.map((edge) => {
      const source = laneOf.get(edge.source);
      const target = laneOf.get(edge.target);
      const crosses = !!source && !!target && source.laneId !== target.laneId;
      const fromDecision = source?.kind === 'decision';
      const isSelected = selected.has(edge.id);
      const isEditing = view.editing?.kind === 'edge' && view.editing.id === edge.id;
      const missing = crosses && !edge.handoff?.what.trim();
      const route = validRoute(doc.diagram.edgeRoutes[edge.id], rectOf(edge.source), rectOf(edge.target), vertical);
      // A routed edge leaves and enters where the layout put its ports (layout/metrics.ts `port`).
      const [from, to] = route ? (vertical ? ['b', 't'] : ['r', 'l']) : sidesOf(rectOf(edge.source), rectOf(edge.target), vertical);
      return this.edges.get(edge.id, [edge, crosses, fromDecision, isSelected, isEditing, from, to, route], () => ({
        id: edge.id,
        type: 'flow' as const,
        source: edge.source,
        target: edge.target,
        // The sides an edge leaves and enters by depend on where its nodes are (edgeSides.ts);
        // naming them as handles makes React Flow's endpoints and reconnect anchors match.
        sourceHandle: from,
        targetHandle: to,
        selected: isSelected,
        markerEnd: isSelected ? MARKERS.selected : missing ? MARKERS.warning : MARKERS.normal,
        data: { edge, editing: isEditing, crossesLanes: crosses, fromDecision, route },
      }));
    });
    this.edges.sweep();
    // Drag frames recompute every edge's sides; when none changed, React Flow gets the same
    // array and skips its edge work entirely (measured: 50 → ≤33 ms per frame at 1,000 nodes).
    if (out.length === this.lastEdges.length && out.every((e, i) => e === this.lastEdges[i])) return this.lastEdges;
    this.lastEdges = out;
    return out;
  }
}

const HANDLE_OF: Record<Side, string> = { top: 't', right: 'r', bottom: 'b', left: 'l' };

function sidesOf(source: Rect | undefined, target: Rect | undefined, vertical: boolean): [string, string] {
  if (!source || !target) return ['r', 'l'];
  const [a, b] = edgeAnchors(source, target, vertical);
  return [HANDLE_OF[a.side], HANDLE_OF[b.side]];
}

/** Recomputes starts after a preview changed one band's size. */
function restack(bands: { start: number; size: number }[]) {
  let start = 0;
  for (const b of bands) {
    b.start = start;
    start += b.size;
  }
}

function laneNode(
  lane: Lane,
  index: number,
  o: Orientation,
  start: number,
  size: number,
  length: number,
  flags: Pick<LaneNodeData, 'selected' | 'editing' | 'dropHint' | 'stepCount'>,
): LaneRFNode {
  const horizontal = o === 'horizontal';
  const width = horizontal ? LANE_HEADER_SIZE + length : size;
  const height = horizontal ? size : LANE_HEADER_SIZE + length;
  const position = horizontal ? { x: -LANE_HEADER_SIZE, y: start } : { x: start, y: -LANE_HEADER_SIZE };
  return { ...backdrop(position, width, height, -2), id: LANE_PREFIX + lane.id, type: 'lane', data: { lane, index, orientation: o, ...flags } };
}

function phaseNode(phase: Phase, o: Orientation, start: number, size: number, across: number, selected: boolean, editing: boolean): PhaseRFNode {
  const horizontal = o === 'horizontal';
  const width = horizontal ? size : PHASE_HEADER_SIZE + across;
  const height = horizontal ? PHASE_HEADER_SIZE + across : size;
  const position = horizontal ? { x: start, y: -PHASE_HEADER_SIZE } : { x: -PHASE_HEADER_SIZE, y: start };
  return { ...backdrop(position, width, height, -1), id: PHASE_PREFIX + phase.id, type: 'phase', data: { phase, orientation: o, selected, editing } };
}

/** A background band (lane or phase) behind the steps: only its header takes the pointer. */
function backdrop(position: { x: number; y: number }, width: number, height: number, zIndex: number) {
  return {
    position,
    width,
    height,
    measured: { width, height },
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    zIndex,
    style: { pointerEvents: 'none' as const },
  };
}

function stepNode(
  node: FlowNode,
  g: NodeGeometry,
  laneStart: number,
  o: Orientation,
  dragged: { x: number; y: number } | null,
  selected: boolean,
  editing: boolean,
  laneColor: string,
): StepRFNode {
  const rect = toScreenRect(g, laneStart, o);
  return {
    id: node.id,
    type: node.kind,
    position: dragged ?? { x: rect.x, y: rect.y },
    width: g.w,
    height: g.h,
    measured: { width: g.w, height: g.h },
    selected,
    data: { node, editing, laneColor },
  };
}
