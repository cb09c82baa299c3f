// A parallel join: tokens of one case wait here until one has come in by each incoming flow
// (counted per case in Cases.joined); then one token goes on. Tokens that can never be joined are a deadlock,
// found when the case has nothing else moving (Simulation.closeCase).
import type { Simulation } from '../simulation';

export function enterJoin(sim: Simulation, token: number, node: number): number {
  const { m, tokens, cases } = sim;
  const needs = m.joinNeeds[node]!;
  if (needs <= 1) return sim.leave(token, node);
  const c = tokens.caseOf[token]!;
  const key = c * m.joinCount + m.joinIndex[node]!;
  const arrived = cases.joined[key]! + 1;
  if (arrived < needs) {
    cases.joined[key] = arrived;
    cases.parked[c]! += 1;
    if (!cases.stuck[c]) cases.stuckNode[c] = node;
    sim.tokenGone(token);
    return -1;
  }
  cases.joined[key] = 0;
  cases.parked[c]! -= needs - 1;
  return sim.leave(token, node);
}
