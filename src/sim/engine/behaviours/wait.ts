// A wait: the case is delayed for the step's duration without anyone working on it.
import * as K from '../../compile/compiledModel';
import type { Simulation } from '../simulation';
import { AT_WAIT_END } from '../tokens';

export function enterWait(sim: Simulation, token: number, node: number): void {
  const { m, now } = sim;
  const delay = m.duration[node]!.sample();
  const lane = m.nodeLane[node]!;
  sim.tokens.arrived[token] = now;
  sim.tokens.started[token] = now;
  sim.schedule(m.durationOnCalendar[node] ? m.calendar[lane]!.addWorkingTime(now, delay) : now + delay, token, AT_WAIT_END);
}

export function endWait(sim: Simulation, token: number): void {
  const { m, tokens, cases, stats, now } = sim;
  const node = tokens.node[token]!;
  const c = tokens.caseOf[token]!;
  cases.waiting[c]! += now - tokens.started[token]!;
  if (m.standardKind[node] === K.STANDARD_FINISH && now - tokens.arrived[token]! > m.standardLimit[node]!) stats.breaches[node]! += 1;
  if (cases.recorded[c]) sim.recordStep(token, node);
  const next = sim.leave(token, node);
  if (next >= 0) sim.enter(token, next);
}
