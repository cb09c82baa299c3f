import { DEFAULT_LANE_SIZE, LANE_PADDING, laneColorFor } from '../defaults';
import type { LaneId, ProcessDocument } from '../types';
import {
  ModelError,
  assertNewId,
  fitLanes,
  omitKeys,
  requireLane,
  requiredLaneSize,
  updateLane,
  withDiagram,
} from './internal';
import { deleteElements } from './deleteElements';

export type AddLaneArgs = {
  id: LaneId;
  name: string;
  color?: string;
  staff?: number;
  /** Position in the lane order; appended when omitted. */
  index?: number;
};

export function addLane(doc: ProcessDocument, args: AddLaneArgs): ProcessDocument {
  assertNewId(doc, args.id);
  const lane = {
    id: args.id,
    name: args.name,
    color: args.color ?? laneColorFor(doc.lanes.length),
    staff: args.staff ?? 1,
  };
  const lanes = doc.lanes.slice();
  lanes.splice(args.index ?? lanes.length, 0, lane);
  return withDiagram(
    { ...doc, lanes },
    { laneSizes: { ...doc.diagram.laneSizes, [args.id]: DEFAULT_LANE_SIZE } },
  );
}

export const renameLane = (doc: ProcessDocument, args: { id: LaneId; name: string }) =>
  updateLane(doc, args.id, (l) => (l.name === args.name ? l : { ...l, name: args.name }));

export const setLaneColor = (doc: ProcessDocument, args: { id: LaneId; color: string }) =>
  updateLane(doc, args.id, (l) => (l.color === args.color ? l : { ...l, color: args.color }));

export function setLaneStaff(doc: ProcessDocument, args: { id: LaneId; staff: number }) {
  if (!Number.isInteger(args.staff) || args.staff < 0) throw new ModelError('Staff must be a whole number ≥ 0');
  return updateLane(doc, args.id, (l) => (l.staff === args.staff ? l : { ...l, staff: args.staff }));
}

/** Moves a lane to `toIndex` in the lane order; its nodes travel with it. */
export function moveLane(doc: ProcessDocument, args: { id: LaneId; toIndex: number }): ProcessDocument {
  const from = doc.lanes.findIndex((l) => l.id === args.id);
  if (from < 0) throw new ModelError(`No lane ${args.id}`);
  const to = Math.max(0, Math.min(doc.lanes.length - 1, args.toIndex));
  if (from === to) return doc;
  const lanes = doc.lanes.slice();
  const [lane] = lanes.splice(from, 1);
  lanes.splice(to, 0, lane!);
  return { ...doc, lanes };
}

/** Sets a lane's size across the flow; it never gets smaller than its content needs. */
export function resizeLane(doc: ProcessDocument, args: { id: LaneId; size: number }): ProcessDocument {
  requireLane(doc, args.id);
  const size = Math.round(Math.max(args.size, requiredLaneSize(doc, args.id)));
  if (doc.diagram.laneSizes[args.id] === size) return doc;
  return withDiagram(doc, { laneSizes: { ...doc.diagram.laneSizes, [args.id]: size } });
}

/**
 * Deletes a lane. Its nodes either move to `moveNodesTo` (stacked below what that lane already
 * holds, so nothing overlaps) or, when it is null, are deleted together with their edges.
 */
export function deleteLane(
  doc: ProcessDocument,
  args: { id: LaneId; moveNodesTo: LaneId | null },
): ProcessDocument {
  requireLane(doc, args.id);
  if (args.moveNodesTo === args.id) throw new ModelError('Cannot move nodes into the lane being deleted');
  const own = doc.nodes.filter((n) => n.laneId === args.id);
  let next = doc;
  if (args.moveNodesTo === null) {
    next = deleteElements(doc, { nodeIds: own.map((n) => n.id), edgeIds: [] });
  } else if (own.length > 0) {
    next = moveAllNodes(doc, args.id, requireLane(doc, args.moveNodesTo).id);
  }
  return withDiagram(
    { ...next, lanes: next.lanes.filter((l) => l.id !== args.id) },
    { laneSizes: omitKeys(next.diagram.laneSizes, [args.id]) },
  );
}

function moveAllNodes(doc: ProcessDocument, from: LaneId, to: LaneId): ProcessDocument {
  const offset = requiredLaneSize(doc, to) - LANE_PADDING;
  const hasTargetNodes = doc.nodes.some((n) => n.laneId === to);
  const moving = doc.nodes.filter((n) => n.laneId === from);
  const minY = Math.min(...moving.map((n) => doc.diagram.nodes[n.id]?.y ?? 0));
  const nodes = doc.nodes.map((n) => (n.laneId === from ? { ...n, laneId: to } : n));
  const geometry = { ...doc.diagram.nodes };
  for (const n of moving) {
    const g = geometry[n.id];
    if (!g) continue;
    const y = hasTargetNodes ? offset + LANE_PADDING + (g.y - minY) : g.y;
    geometry[n.id] = { ...g, y: Math.max(LANE_PADDING, y) };
  }
  return fitLanes(withDiagram({ ...doc, nodes }, { nodes: geometry }), [to]);
}
