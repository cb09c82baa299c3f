import { LANE_PADDING, NODE_SIZES, createNode } from '../defaults';
import { phaseColumns, resolveDrop } from '../geometry';
import type {
  Duration,
  FlowNode,
  LaneId,
  NodeId,
  NodeKind,
  PhaseId,
  ProcessDocument,
  TimeStandard,
} from '../types';
import {
  ModelError,
  assertNewId,
  dropRoutesOf,
  fitLanes,
  requireGeometry,
  requireLane,
  requireNode,
  sameGeometry,
  updateNode,
  withDiagram,
} from './internal';
import { fitPhases } from './phaseFit';

export type AddNodeArgs = {
  id: NodeId;
  kind: NodeKind;
  laneId: LaneId;
  label: string;
  /** Top-left of the node in its lane: along the flow, and across it from the lane's edge. */
  at: { x: number; y: number };
};

/** Adds a node to a lane; it joins the phase whose column holds its centre. */
export function addNode(doc: ProcessDocument, args: AddNodeArgs): ProcessDocument {
  assertNewId(doc, args.id);
  requireLane(doc, args.laneId);
  const size = NODE_SIZES[args.kind];
  const geometry = { x: Math.max(0, args.at.x), y: Math.max(LANE_PADDING, args.at.y), ...size };
  const node = createNode(args.kind, args.id, args.laneId, args.label);
  const center = geometry.x + (doc.diagram.orientation === 'horizontal' ? size.w : size.h) / 2;
  const phase = phaseColumns(doc).find((c) => center >= c.start && center < c.start + c.size);
  const placed = { ...node, phaseId: phase?.id ?? null };
  const next = withDiagram(
    { ...doc, nodes: [...doc.nodes, placed] },
    { nodes: { ...doc.diagram.nodes, [args.id]: geometry } },
  );
  return fitPhases(fitLanes(next, [args.laneId]));
}

/**
 * Moves nodes to new top-left canvas positions (the end of a drag or a nudge). Each node joins
 * the lane band and phase column under its centre; lanes and columns grow to hold it.
 */
export function placeNodes(
  doc: ProcessDocument,
  args: { moves: { id: NodeId; x: number; y: number }[] },
): ProcessDocument {
  const geometry = { ...doc.diagram.nodes };
  const touchedLanes = new Set<string>();
  const moved = new Set<string>();
  const replaced = new Map<string, FlowNode>();
  for (const move of args.moves) {
    const node = requireNode(doc, move.id);
    const g = requireGeometry(doc, move.id);
    const drop = resolveDrop(doc, { x: move.x, y: move.y, w: g.w, h: g.h });
    if (!drop) continue;
    const next: FlowNode =
      node.laneId === drop.laneId && node.phaseId === drop.phaseId
        ? node
        : { ...node, laneId: drop.laneId, phaseId: drop.phaseId };
    if (next === node && sameGeometry(g, drop.geometry)) continue;
    if (next !== node) replaced.set(node.id, next);
    geometry[move.id] = drop.geometry;
    touchedLanes.add(drop.laneId);
    moved.add(move.id);
  }
  if (moved.size === 0) return doc;
  const nodes = replaced.size > 0 ? doc.nodes.map((n) => replaced.get(n.id) ?? n) : doc.nodes;
  const next = withDiagram({ ...doc, nodes }, { nodes: geometry });
  return dropRoutesOf(fitPhases(fitLanes(next, touchedLanes)), moved);
}

/** Puts a node into another lane, keeping its place along the flow. */
export function moveNodeToLane(doc: ProcessDocument, args: { id: NodeId; laneId: LaneId }): ProcessDocument {
  requireLane(doc, args.laneId);
  const node = requireNode(doc, args.id);
  if (node.laneId === args.laneId) return doc;
  const next = updateNode(doc, args.id, (n) => ({ ...n, laneId: args.laneId }));
  return dropRoutesOf(fitLanes(next, [args.laneId]), new Set([args.id]));
}

/** Puts a node into a phase (or none); a node put into a phase moves inside its column. */
export function setNodePhase(doc: ProcessDocument, args: { id: NodeId; phaseId: PhaseId | null }): ProcessDocument {
  const node = requireNode(doc, args.id);
  if (node.phaseId === args.phaseId) return doc;
  const column = phaseColumns(doc).find((c) => c.id === args.phaseId);
  if (args.phaseId !== null && !column) throw new ModelError(`No phase ${args.phaseId}`);
  let next = updateNode(doc, args.id, (n) => ({ ...n, phaseId: args.phaseId }));
  if (column) {
    const g = requireGeometry(doc, args.id);
    const outside = g.x < column.start || g.x >= column.start + column.size;
    if (outside) next = withDiagram(next, { nodes: { ...next.diagram.nodes, [args.id]: { ...g, x: column.start + LANE_PADDING } } });
  }
  return dropRoutesOf(fitPhases(next), new Set([args.id]));
}

export const setNodeLabel = (doc: ProcessDocument, args: { id: NodeId; label: string }) =>
  updateNode(doc, args.id, (n) => (n.label === args.label ? n : { ...n, label: args.label }));

export const setNodeNotes = (doc: ProcessDocument, args: { id: NodeId; notes: string }) =>
  updateNode(doc, args.id, (n) => (n.notes === args.notes ? n : { ...n, notes: args.notes }));

/** Sets the duration of a task or wait node. */
export const setNodeDuration = (doc: ProcessDocument, args: { id: NodeId; duration: Duration }) =>
  updateNode(doc, args.id, (n) => {
    if (n.kind !== 'task' && n.kind !== 'wait') throw new ModelError(`A ${n.kind} has no duration`);
    return { ...n, duration: args.duration };
  });

/** Sets or clears the time standard of a task or wait node. */
export const setTimeStandard = (
  doc: ProcessDocument,
  args: { id: NodeId; timeStandard: TimeStandard | null },
) =>
  updateNode(doc, args.id, (n) => {
    if (n.kind !== 'task' && n.kind !== 'wait') throw new ModelError(`A ${n.kind} has no time standard`);
    return { ...n, timeStandard: args.timeStandard };
  });

/** Sets the items a task needs and/or produces; blanks and repeats are dropped. */
export const setTaskItems = (
  doc: ProcessDocument,
  args: { id: NodeId; needs?: string[]; produces?: string[] },
) =>
  updateNode(doc, args.id, (n) => {
    if (n.kind !== 'task') throw new ModelError(`A ${n.kind} has no items`);
    return {
      ...n,
      needs: args.needs ? cleanItems(args.needs) : n.needs,
      produces: args.produces ? cleanItems(args.produces) : n.produces,
    };
  });

const cleanItems = (items: string[]) => [...new Set(items.map((i) => i.trim()).filter(Boolean))];
