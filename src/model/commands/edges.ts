import type { EdgeId, Handoff, NodeId, ProcessDocument } from '../types';
import { ModelError, assertNewId, omitKeys, requireEdge, requireNode, updateEdge, withDiagram } from './internal';

export const CONNECT_REFUSALS = ['selfLoop', 'duplicate', 'fromEnd', 'intoStart'] as const;
export type ConnectRefusal = (typeof CONNECT_REFUSALS)[number];

/** Why an edge from `source` to `target` may not be drawn, or null when it may. */
export function connectRefusal(
  doc: ProcessDocument,
  source: NodeId,
  target: NodeId,
  ignoreEdge?: EdgeId,
): ConnectRefusal | null {
  if (source === target) return 'selfLoop';
  if (requireNode(doc, source).kind === 'end') return 'fromEnd';
  if (requireNode(doc, target).kind === 'start') return 'intoStart';
  const duplicate = doc.edges.some((e) => e.id !== ignoreEdge && e.source === source && e.target === target);
  return duplicate ? 'duplicate' : null;
}

/** Draws an edge; a refused connection (see `connectRefusal`) leaves the document unchanged. */
export function connect(
  doc: ProcessDocument,
  args: { id: EdgeId; source: NodeId; target: NodeId; label?: string },
): ProcessDocument {
  assertNewId(doc, args.id);
  if (connectRefusal(doc, args.source, args.target) !== null) return doc;
  const edge = {
    id: args.id,
    source: args.source,
    target: args.target,
    label: args.label ?? '',
    probability: null,
    handoff: null,
  };
  return { ...doc, edges: [...doc.edges, edge] };
}

/** Moves one or both ends of an edge to other nodes (refused moves change nothing). */
export function reconnectEdge(
  doc: ProcessDocument,
  args: { id: EdgeId; source: NodeId; target: NodeId },
): ProcessDocument {
  const edge = requireEdge(doc, args.id);
  if (edge.source === args.source && edge.target === args.target) return doc;
  if (connectRefusal(doc, args.source, args.target, args.id) !== null) return doc;
  const next = updateEdge(doc, args.id, (e) => ({ ...e, source: args.source, target: args.target }));
  return withDiagram(next, { edgeRoutes: omitKeys(next.diagram.edgeRoutes, [args.id]) });
}

export const setEdgeLabel = (doc: ProcessDocument, args: { id: EdgeId; label: string }) =>
  updateEdge(doc, args.id, (e) => (e.label === args.label ? e : { ...e, label: args.label }));

/** Sets the share of cases (0–1) taking a branch, or clears it with null. */
export function setEdgeProbability(doc: ProcessDocument, args: { id: EdgeId; probability: number | null }) {
  const p = args.probability;
  if (p !== null && !(p >= 0 && p <= 1)) throw new ModelError('Probability must be between 0 and 1');
  return updateEdge(doc, args.id, (e) => (e.probability === p ? e : { ...e, probability: p }));
}

/** Describes (or, with null, forgets) what is handed over along an edge and how. */
export const setEdgeHandoff = (doc: ProcessDocument, args: { id: EdgeId; handoff: Handoff | null }) =>
  updateEdge(doc, args.id, (e) => ({ ...e, handoff: args.handoff }));
