// A decision: the case takes one branch, chosen by its case type or by the branches' shares
// (compile/routing.ts); a case with no branch open to it is stuck.
import type { Simulation } from '../simulation';
import { UNROUTED } from '../simulation';

export function enterDecision(sim: Simulation, token: number, node: number): number {
  const m = sim.m;
  const table = m.routes[node]![sim.cases.type[sim.tokens.caseOf[token]!]!]!;
  const { edges, cumulative } = table;
  if (edges.length === 0) {
    // No way out at all is a dead end; ways out that are closed to this case type are "unrouted".
    if (m.outStart[node + 1] === m.outStart[node]) return sim.leave(token, node);
    sim.strand(token, node, UNROUTED);
    return -1;
  }
  let i = 0;
  if (edges.length > 1) {
    const u = m.routeStream[node]!.next();
    while (i < edges.length - 1 && u >= cumulative[i]!) i++;
  }
  return sim.traverse(token, edges[i]!);
}
