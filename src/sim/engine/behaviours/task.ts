// A task: the token queues in its lane for the people the step needs (none: it starts at once),
// keeps them busy for the step's duration, then moves on.
import * as K from '../../compile/compiledModel';
import type { Simulation } from '../simulation';
import { NO_STAFF } from '../simulation';
import { AT_SERVICE_END } from '../tokens';

export function enterTask(sim: Simulation, token: number, node: number): void {
  const m = sim.m;
  const lane = m.nodeLane[node]!;
  const people = m.people[node]!;
  sim.tokens.arrived[token] = sim.now;
  if (people === 0) return startService(sim, token);
  if (people > m.staff[lane]!) return sim.strand(token, node, NO_STAFF);
  sim.lanes.join(lane, token, node, people);
}

/** Called by the lane when the people are there (or at once when the step needs none). */
export function startService(sim: Simulation, token: number): void {
  const { m, tokens, cases, stats, now } = sim;
  const node = tokens.node[token]!;
  const lane = m.nodeLane[node]!;
  const c = tokens.caseOf[token]!;
  const people = m.people[node]!;
  const wait = now - tokens.arrived[token]!;
  if (people > 0) stats.busyChange(lane, people, now);
  stats.waits[node]!.add(wait);
  cases.waiting[c]! += wait;
  if (m.standardKind[node] === K.STANDARD_START && wait > m.standardLimit[node]!) stats.breaches[node]! += 1;
  const work = m.duration[node]!.sample();
  const end = m.durationOnCalendar[node] ? m.calendar[lane]!.addWorkingTime(now, work) : now + work;
  tokens.started[token] = now;
  tokens.work[token] = work;
  sim.schedule(end, token, AT_SERVICE_END);
  if (cases.recorded[c]) sim.record('start', token, m.nodeIds[node]!, { level: sim.lanes.busy(lane) });
}

export function endService(sim: Simulation, token: number): void {
  const { m, tokens, cases, stats, now } = sim;
  const node = tokens.node[token]!;
  const lane = m.nodeLane[node]!;
  const c = tokens.caseOf[token]!;
  const people = m.people[node]!;
  cases.working[c]! += tokens.work[token]!;
  if (m.standardKind[node] === K.STANDARD_FINISH && now - tokens.arrived[token]! > m.standardLimit[node]!) stats.breaches[node]! += 1;
  stats.addFixedCost(m.fixedCost[node]!);
  if (cases.recorded[c]) sim.recordStep(token, node);
  if (people > 0) {
    stats.busyChange(lane, -people, now);
    sim.lanes.release(lane, people);
  }
  const next = sim.leave(token, node);
  if (next >= 0) sim.enter(token, next);
}
