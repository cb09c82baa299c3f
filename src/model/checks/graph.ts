// Index-based view of a document, built once per checkProcess call and shared by every check.
import type { FlowEdge, FlowNode, Lane, ProcessDocument } from '../types';

export type Graph = {
  doc: ProcessDocument;
  nodes: FlowNode[];
  edges: FlowEdge[];
  nodeIndex: Map<string, number>;
  edgeIndex: Map<string, number>;
  laneById: Map<string, Lane>;
  /** Lane id → position in doc.lanes. */
  laneOrder: Map<string, number>;
  /** Per edge: index of its source / target node, or -1 when that node does not exist. */
  src: Int32Array;
  tgt: Int32Array;
  /** Per node: indices of its outgoing / incoming edges, in document order (dangling edges left out). */
  out: number[][];
  inc: number[][];
  /** Per node: a small integer per distinct laneId (lanes missing from doc.lanes get their own). */
  lane: Int32Array;
};

export function buildGraph(doc: ProcessDocument): Graph {
  const { nodes, edges } = doc;
  const nodeIndex = new Map<string, number>();
  nodes.forEach((n, i) => nodeIndex.set(n.id, i));
  const edgeIndex = new Map<string, number>();
  edges.forEach((e, i) => edgeIndex.set(e.id, i));
  const laneById = new Map<string, Lane>(doc.lanes.map((l) => [l.id, l]));
  const laneOrder = new Map<string, number>(doc.lanes.map((l, i) => [l.id, i]));

  const laneNumbers = new Map(laneOrder);
  const lane = new Int32Array(nodes.length);
  nodes.forEach((n, i) => {
    let k = laneNumbers.get(n.laneId);
    if (k === undefined) {
      k = laneNumbers.size;
      laneNumbers.set(n.laneId, k);
    }
    lane[i] = k;
  });

  const out: number[][] = nodes.map(() => []);
  const inc: number[][] = nodes.map(() => []);
  const src = new Int32Array(edges.length);
  const tgt = new Int32Array(edges.length);
  edges.forEach((e, i) => {
    const s = nodeIndex.get(e.source) ?? -1;
    const t = nodeIndex.get(e.target) ?? -1;
    src[i] = s;
    tgt[i] = t;
    if (s < 0 || t < 0) return;
    out[s]!.push(i);
    inc[t]!.push(i);
  });
  return { doc, nodes, edges, nodeIndex, edgeIndex, laneById, laneOrder, src, tgt, out, inc, lane };
}

/**
 * Marks every node reachable from `seeds` (seeds included) following edges forward, or
 * backward (i.e. the nodes that can reach a seed). Linear in nodes + edges.
 */
export function reach(g: Graph, seeds: Iterable<number>, direction: 'forward' | 'backward'): Uint8Array {
  const seen = new Uint8Array(g.nodes.length);
  const queue = new Int32Array(g.nodes.length);
  let tail = 0;
  for (const s of seeds) {
    if (seen[s]) continue;
    seen[s] = 1;
    queue[tail++] = s;
  }
  const adj = direction === 'forward' ? g.out : g.inc;
  const ends = direction === 'forward' ? g.tgt : g.src;
  for (let head = 0; head < tail; head++) {
    for (const e of adj[queue[head]!]!) {
      const n = ends[e]!;
      if (seen[n]) continue;
      seen[n] = 1;
      queue[tail++] = n;
    }
  }
  return seen;
}

/** The nodes one edge after any of `nodes`: seeds for "reachable by a path of length ≥ 1". */
export function successors(g: Graph, nodes: Iterable<number>): number[] {
  const result: number[] = [];
  for (const n of nodes) for (const e of g.out[n]!) result.push(g.tgt[e]!);
  return result;
}

/** Indices of the nodes of one kind, in document order. */
export function nodesOfKind(g: Graph, kind: FlowNode['kind']): number[] {
  const result: number[] = [];
  g.nodes.forEach((n, i) => {
    if (n.kind === kind) result.push(i);
  });
  return result;
}
