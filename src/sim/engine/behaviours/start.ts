// A start: a new case arrives, gets its case type, and the next arrival is scheduled.
import type { Simulation } from '../simulation';

export function arrive(sim: Simulation, start: number): void {
  const { m, now } = sim;
  if (sim.measuredArrivals >= m.caseTarget) return;
  const measured = now >= m.warmUp;
  const type = caseType(m.caseTypeCumulative, m.caseTypeStreams[start]!.next());
  const c = sim.cases.create(++sim.caseCount, type, now);
  if (measured) {
    sim.measuredArrivals++;
    sim.stats.caseArrived(type);
  }
  sim.stats.wipChange(1, now);
  const next = m.arrivals[start]!.next(now);
  if (next < m.horizon && sim.measuredArrivals < m.caseTarget) sim.heap.push(next, -1 - start);
  const node = m.startNodes[start]!;
  const token = sim.tokens.create(c, node);
  if (sim.recorder?.wants(sim.caseCount, now)) {
    sim.cases.recorded[c] = 1;
    sim.record('arrive', token, m.nodeIds[node]!);
  }
  sim.enter(token, node);
}

function caseType(cumulative: Float64Array, u: number): number {
  let i = 0;
  while (i < cumulative.length - 1 && u >= cumulative[i]!) i++;
  return i;
}
