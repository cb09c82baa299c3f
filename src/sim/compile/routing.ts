// Which branch a case takes at a decision. A branch that lists case types is taken by cases of
// those types; every other case is routed by share among the branches that list none. Shares:
// a branch's probability when set; unset branches split what the set ones leave (equally);
// when nothing is left, all open branches count equally. Shares are then scaled to sum to 1.
import type { FlowEdge } from '../../model';
import type { RouteTable } from './compiledModel';

/** `outs`: the decision's outgoing edges with their indices; one table per case type. */
export function routeTables(outs: { edge: FlowEdge; index: number }[], caseTypeIds: string[]): RouteTable[] {
  const open = outs.filter((o) => (o.edge.caseTypes ?? []).length === 0);
  const byShare = tableByShare(open);
  return caseTypeIds.map((type) => {
    const typed = outs.find((o) => o.edge.caseTypes?.includes(type));
    return typed ? { edges: Int32Array.of(typed.index), cumulative: Float64Array.of(1) } : byShare;
  });
}

function tableByShare(outs: { edge: FlowEdge; index: number }[]): RouteTable {
  const set = outs.filter((o) => isShare(o.edge.probability));
  const unset = outs.length - set.length;
  const left = Math.max(0, 1 - set.reduce((sum, o) => sum + o.edge.probability!, 0));
  let weights = outs.map((o) => (isShare(o.edge.probability) ? o.edge.probability! : left / unset));
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) weights = outs.map(() => 1);
  const scale = weights.reduce((a, b) => a + b, 0);
  let running = 0;
  const cumulative = Float64Array.from(weights, (w) => (running += w / scale));
  if (cumulative.length > 0) cumulative[cumulative.length - 1] = 1;
  return { edges: Int32Array.from(outs, (o) => o.index), cumulative };
}

const isShare = (p: number | null): p is number => p !== null && Number.isFinite(p) && p >= 0;
