import type { Diagram, ProcessDocument } from '../types';
import { ModelError, withDiagram } from './internal';

export type LayoutGeometry = Pick<Diagram, 'nodes' | 'laneSizes' | 'phaseSizes' | 'edgeRoutes'>;

/**
 * Replaces the drawing with a computed layout (one undo step). The layout must cover exactly the
 * document's nodes: a result computed for an older version of the document is refused.
 */
export function applyLayout(doc: ProcessDocument, args: { geometry: LayoutGeometry }): ProcessDocument {
  const { geometry } = args;
  const nodeIds = Object.keys(geometry.nodes);
  if (nodeIds.length !== doc.nodes.length || doc.nodes.some((n) => !geometry.nodes[n.id])) {
    throw new ModelError('The layout was computed for another version of this process');
  }
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  const edgeRoutes = Object.fromEntries(Object.entries(geometry.edgeRoutes).filter(([id]) => edgeIds.has(id)));
  return withDiagram(doc, { nodes: geometry.nodes, laneSizes: geometry.laneSizes, phaseSizes: geometry.phaseSizes, edgeRoutes });
}
