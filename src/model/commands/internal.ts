// Small immutable helpers shared by the commands. Commands return the *same* document object
// when nothing changes, so the undo history can skip no-ops by identity.
import { LANE_PADDING, MIN_LANE_SIZE, DEFAULT_LANE_SIZE } from '../defaults';
import { acrossSize } from '../geometry';
import type {
  Diagram,
  FlowEdge,
  FlowNode,
  Lane,
  NodeGeometry,
  ProcessDocument,
} from '../types';

/** A command was called with arguments that cannot apply to this document (a caller bug). */
export class ModelError extends Error {
  override name = 'ModelError';
}

export function requireNode(doc: ProcessDocument, id: string): FlowNode {
  const node = doc.nodes.find((n) => n.id === id);
  if (!node) throw new ModelError(`No node ${id}`);
  return node;
}

export function requireEdge(doc: ProcessDocument, id: string): FlowEdge {
  const edge = doc.edges.find((e) => e.id === id);
  if (!edge) throw new ModelError(`No edge ${id}`);
  return edge;
}

export function requireLane(doc: ProcessDocument, id: string): Lane {
  const lane = doc.lanes.find((l) => l.id === id);
  if (!lane) throw new ModelError(`No lane ${id}`);
  return lane;
}

export function requireGeometry(doc: ProcessDocument, id: string): NodeGeometry {
  const g = doc.diagram.nodes[id];
  if (!g) throw new ModelError(`No geometry for node ${id}`);
  return g;
}

export function assertNewId(doc: ProcessDocument, id: string): void {
  const taken =
    doc.lanes.some((x) => x.id === id) ||
    doc.phases.some((x) => x.id === id) ||
    doc.nodes.some((x) => x.id === id) ||
    doc.edges.some((x) => x.id === id);
  if (taken || id.length === 0) throw new ModelError(`Id ${id} is empty or already used`);
}

/** Replaces one item matched by id; returns the same array when `fn` returns the same item. */
export function replaceById<T extends { id: string }>(items: T[], id: string, fn: (item: T) => T): T[] {
  const index = items.findIndex((x) => x.id === id);
  if (index < 0) throw new ModelError(`No element ${id}`);
  const current = items[index] as T;
  const next = fn(current);
  if (next === current) return items;
  const copy = items.slice();
  copy[index] = next;
  return copy;
}

export function updateNode<N extends FlowNode>(
  doc: ProcessDocument,
  id: string,
  fn: (node: FlowNode) => N | FlowNode,
): ProcessDocument {
  const nodes = replaceById(doc.nodes, id, fn);
  return nodes === doc.nodes ? doc : { ...doc, nodes };
}

export function updateEdge(doc: ProcessDocument, id: string, fn: (edge: FlowEdge) => FlowEdge): ProcessDocument {
  const edges = replaceById(doc.edges, id, fn);
  return edges === doc.edges ? doc : { ...doc, edges };
}

export function updateLane(doc: ProcessDocument, id: string, fn: (lane: Lane) => Lane): ProcessDocument {
  const lanes = replaceById(doc.lanes, id, fn);
  return lanes === doc.lanes ? doc : { ...doc, lanes };
}

export const withDiagram = (doc: ProcessDocument, patch: Partial<Diagram>): ProcessDocument => ({
  ...doc,
  diagram: { ...doc.diagram, ...patch },
});

/** Removes keys from a record; returns the same record when none were present. */
export function omitKeys<V>(record: Record<string, V>, keys: Iterable<string>): Record<string, V> {
  let copy: Record<string, V> | null = null;
  for (const key of keys) {
    if (key in record) {
      copy ??= { ...record };
      delete copy[key];
    }
  }
  return copy ?? record;
}

/** The smallest size a lane may have so that every node in it fits with padding. */
export function requiredLaneSize(doc: ProcessDocument, laneId: string): number {
  const o = doc.diagram.orientation;
  let size = MIN_LANE_SIZE;
  for (const node of doc.nodes) {
    if (node.laneId !== laneId) continue;
    const g = doc.diagram.nodes[node.id];
    if (g) size = Math.max(size, g.y + acrossSize(g, o) + LANE_PADDING);
  }
  return size;
}

/** Grows lanes (never shrinks them) so their nodes fit. */
export function fitLanes(doc: ProcessDocument, laneIds: Iterable<string> = doc.lanes.map((l) => l.id)): ProcessDocument {
  let laneSizes = doc.diagram.laneSizes;
  for (const id of new Set(laneIds)) {
    const current = laneSizes[id] ?? DEFAULT_LANE_SIZE;
    const required = requiredLaneSize(doc, id);
    if (required > current) laneSizes = { ...laneSizes, [id]: required };
  }
  return laneSizes === doc.diagram.laneSizes ? doc : withDiagram(doc, { laneSizes });
}

/** Drops stored routes of edges touching `nodeIds`: after a move they no longer fit. */
export function dropRoutesOf(doc: ProcessDocument, nodeIds: Set<string>): ProcessDocument {
  const stale = doc.edges
    .filter((e) => nodeIds.has(e.source) || nodeIds.has(e.target))
    .map((e) => e.id);
  const edgeRoutes = omitKeys(doc.diagram.edgeRoutes, stale);
  return edgeRoutes === doc.diagram.edgeRoutes ? doc : withDiagram(doc, { edgeRoutes });
}

export const sameGeometry = (a: NodeGeometry | undefined, b: NodeGeometry) =>
  !!a && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
