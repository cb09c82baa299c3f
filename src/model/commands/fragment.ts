// Copy and paste: a fragment is a self-contained piece of a document (nodes, the edges between
// them, their geometry and the lanes they came from).
import { resolveDrop, laneStarts, toScreenRect } from '../geometry';
import type { FlowEdge, FlowNode, Lane, NodeGeometry, NodeId, ProcessDocument } from '../types';
import { ModelError, fitLanes, withDiagram } from './internal';
import { fitPhases } from './phaseFit';

export type Fragment = {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** Canvas rectangles of the nodes when they were copied. */
  rects: Record<NodeId, NodeGeometry>;
  lanes: Lane[];
};

export function extractFragment(doc: ProcessDocument, nodeIds: Iterable<NodeId>): Fragment {
  const ids = new Set(nodeIds);
  const nodes = doc.nodes.filter((n) => ids.has(n.id));
  const starts = laneStarts(doc);
  const rects: Record<NodeId, NodeGeometry> = {};
  for (const n of nodes) {
    const g = doc.diagram.nodes[n.id];
    if (g) rects[n.id] = toScreenRect(g, starts.get(n.laneId) ?? 0, doc.diagram.orientation);
  }
  const laneIds = new Set(nodes.map((n) => n.laneId));
  return {
    nodes,
    edges: doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    rects,
    lanes: doc.lanes.filter((l) => laneIds.has(l.id)),
  };
}

/** Every id in a fragment, so the caller can map each to a fresh one. */
export const fragmentIds = (f: Fragment) => [...f.nodes.map((n) => n.id), ...f.edges.map((e) => e.id)];

/**
 * Inserts a fragment with fresh ids (`idMap`: old id → new id), shifted on the canvas by
 * `offset`. Each node lands in the lane under its new position, like a drop.
 */
export function pasteFragment(
  doc: ProcessDocument,
  args: { fragment: Fragment; idMap: Record<string, string>; offset: { x: number; y: number } },
): ProcessDocument {
  const { fragment, idMap, offset } = args;
  if (fragment.nodes.length === 0) return doc;
  if (doc.lanes.length === 0) throw new ModelError('Cannot paste into a process without lanes');
  const fresh = (id: string) => {
    const mapped = idMap[id];
    if (!mapped) throw new ModelError(`No new id for ${id}`);
    return mapped;
  };
  const nodes: FlowNode[] = [];
  const geometry = { ...doc.diagram.nodes };
  for (const node of fragment.nodes) {
    const rect = fragment.rects[node.id];
    if (!rect) continue;
    const drop = resolveDrop(doc, { ...rect, x: rect.x + offset.x, y: rect.y + offset.y });
    if (!drop) continue;
    const id = fresh(node.id);
    nodes.push({ ...node, id, laneId: drop.laneId, phaseId: drop.phaseId });
    geometry[id] = drop.geometry;
  }
  const edges = fragment.edges.map((e) => ({ ...e, id: fresh(e.id), source: fresh(e.source), target: fresh(e.target) }));
  const next = withDiagram({ ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] }, { nodes: geometry });
  return fitPhases(fitLanes(next, new Set(nodes.map((n) => n.laneId))));
}
