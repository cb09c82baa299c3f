// Finding types, the severity of each code, and the helpers that build and order findings.
import type { ElementRef } from '../types';
import type { Graph } from './graph';

export type Severity = 'error' | 'warning' | 'info';

/** Every code, in the order used to break ties between findings on the same element. */
export const FINDING_CODES = [
  'noStart',
  'noEnd',
  'unreachable',
  'deadEnd',
  'noPathToEnd',
  'startHasIncoming',
  'endHasOutgoing',
  'decisionFewBranches',
  'decisionNoProbabilities',
  'decisionProbabilitySum',
  'splitWithoutJoin',
  'joinWithoutSplit',
  'emptyLane',
  'missingHandoff',
  'pingPong',
  'missingInput',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export type Finding = {
  code: FindingCode;
  severity: Severity;
  /** What a click should select. */
  target: ElementRef;
  /** Other elements involved (may be empty). */
  related: ElementRef[];
  params: Record<string, string | number>;
};

export const SEVERITY_OF: Record<FindingCode, Severity> = {
  noStart: 'error',
  noEnd: 'error',
  unreachable: 'error',
  deadEnd: 'error',
  noPathToEnd: 'error',
  startHasIncoming: 'error',
  endHasOutgoing: 'error',
  splitWithoutJoin: 'error',
  joinWithoutSplit: 'error',
  decisionFewBranches: 'warning',
  decisionProbabilitySum: 'warning',
  missingHandoff: 'warning',
  pingPong: 'warning',
  missingInput: 'warning',
  emptyLane: 'info',
  decisionNoProbabilities: 'info',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CODE_RANK = new Map<FindingCode, number>(FINDING_CODES.map((c, i) => [c, i]));

export const processRef = (): ElementRef => ({ kind: 'process' });
export const laneRef = (id: string): ElementRef => ({ kind: 'lane', id });
export const nodeRef = (g: Graph, i: number): ElementRef => ({ kind: 'node', id: g.nodes[i]!.id });
export const edgeRef = (g: Graph, i: number): ElementRef => ({ kind: 'edge', id: g.edges[i]!.id });

/** The name the UI shows for an element: process/lane/phase name, node/edge label ('' if none). */
function labelOf(g: Graph, ref: ElementRef): string {
  switch (ref.kind) {
    case 'process':
      return g.doc.name;
    case 'lane':
      return g.laneById.get(ref.id)?.name ?? '';
    case 'phase':
      return g.doc.phases.find((p) => p.id === ref.id)?.name ?? '';
    case 'node':
      return g.nodes[g.nodeIndex.get(ref.id) ?? -1]?.label ?? '';
    case 'edge':
      return g.edges[g.edgeIndex.get(ref.id) ?? -1]?.label ?? '';
  }
}

/** A finding with its code's severity and `params.label` naming the target. */
export function makeFinding(
  g: Graph,
  code: FindingCode,
  target: ElementRef,
  related: ElementRef[] = [],
  params: Record<string, string | number> = {},
): Finding {
  const severity = SEVERITY_OF[code];
  return { code, severity, target, related, params: { label: labelOf(g, target), ...params } };
}

/** Position of an element in document order: process, lanes, phases, nodes, edges. */
function targetRank(g: Graph, ref: ElementRef): number {
  const lanes = g.doc.lanes.length;
  const phases = g.doc.phases.length;
  const nodes = g.nodes.length;
  switch (ref.kind) {
    case 'process':
      return 0;
    case 'lane':
      return 1 + (g.laneOrder.get(ref.id) ?? lanes);
    case 'phase':
      return 1 + lanes + Math.max(0, g.doc.phases.findIndex((p) => p.id === ref.id));
    case 'node':
      return 1 + lanes + phases + (g.nodeIndex.get(ref.id) ?? nodes);
    case 'edge':
      return 1 + lanes + phases + nodes + (g.edgeIndex.get(ref.id) ?? g.edges.length);
  }
}

/** Sorts by severity, then target's document order, then code; stable, so ties keep emit order. */
export function sortFindings(g: Graph, findings: Finding[]): Finding[] {
  const keyed = findings.map((f) => ({
    f,
    s: SEVERITY_RANK[f.severity],
    t: targetRank(g, f.target),
    c: CODE_RANK.get(f.code) ?? 0,
  }));
  keyed.sort((a, b) => a.s - b.s || a.t - b.t || a.c - b.c);
  return keyed.map((k) => k.f);
}
