import type { EdgeId, NodeId, ProcessDocument } from '../types';
import { omitKeys, withDiagram } from './internal';

/** Deletes nodes (with every edge touching them) and edges; unknown ids are ignored. */
export function deleteElements(
  doc: ProcessDocument,
  args: { nodeIds: NodeId[]; edgeIds: EdgeId[] },
): ProcessDocument {
  const nodeIds = new Set(args.nodeIds);
  const edgeIds = new Set(args.edgeIds);
  const nodes = doc.nodes.filter((n) => !nodeIds.has(n.id));
  const edges = doc.edges.filter(
    (e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target),
  );
  if (nodes.length === doc.nodes.length && edges.length === doc.edges.length) return doc;
  const kept = new Set(edges);
  const removedEdges = doc.edges.filter((e) => !kept.has(e)).map((e) => e.id);
  return withDiagram(
    { ...doc, nodes, edges },
    {
      nodes: omitKeys(doc.diagram.nodes, nodeIds),
      edgeRoutes: omitKeys(doc.diagram.edgeRoutes, removedEdges),
    },
  );
}
