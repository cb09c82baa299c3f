// Queueing theory as an outside reference: one lane with c people, Poisson arrivals and
// exponential service (M/M/c) must match Erlang C's mean wait and utilisation λ/(cμ).
import { describe, expect, it } from 'vitest';
import { simulate } from '../run';
import { queueDoc } from '../testing/simDocs';

/** Erlang C: probability that an arriving case waits, for c servers and offered load a = λ/μ. */
export function erlangC(c: number, a: number): number {
  let sum = 0;
  let term = 1; // a^k / k!
  for (let k = 0; k < c; k++) {
    sum += term;
    term = (term * a) / (k + 1);
  }
  const top = (term * c) / (c - a);
  return top / (sum + top);
}

const MEAN_SERVICE = 1; // minute
const REPLICATIONS = 4;
const WARM_UP_HOURS = 50; // ≥ 3000 service times: far beyond the relaxation time at ρ = 0.9 (≈ 400)

// Cases per replication and the allowed relative error of the mean wait (averaged over the 4
// replications). The standard deviation of that error was measured over 16 other seeds at these
// sizes: per replication 1.8 % (c=1, ρ=.5), 3.2–4.5 % (all others), 9.6 % at 100,000 cases for
// c=10, ρ=.5 (mean wait 0.4 s, set by rare waits; hence 200,000 cases there). Averaging 4
// replications halves it, and every tolerance below is ≥ 4.3 of those standard errors; the
// measured mean errors were all within ±0.8 % (no bias). So a correct engine passes whatever
// the seed, while a wrong queue (one person fewer, LIFO, lost waits) misses by far more.
// Utilisation: sd ≤ 0.55 % per replication, so 1.5 % is ≥ 5 standard errors of the mean.
const CONFIGS = [
  { c: 1, rho: 0.5, cases: 100_000, tol: 0.04 },
  { c: 1, rho: 0.8, cases: 150_000, tol: 0.08 },
  { c: 1, rho: 0.9, cases: 250_000, tol: 0.1 },
  { c: 3, rho: 0.5, cases: 100_000, tol: 0.07 },
  { c: 3, rho: 0.8, cases: 150_000, tol: 0.09 },
  { c: 3, rho: 0.9, cases: 250_000, tol: 0.1 },
  { c: 10, rho: 0.5, cases: 200_000, tol: 0.15 },
  { c: 10, rho: 0.8, cases: 150_000, tol: 0.1 },
  { c: 10, rho: 0.9, cases: 250_000, tol: 0.1 },
];

describe('M/M/c against Erlang C', () => {
  for (const { c, rho, cases, tol } of CONFIGS) {
    it(`c = ${c}, ρ = ${rho}: mean wait within ${Math.round(tol * 100)} %, utilisation within 1.5 %`, () => {
      const lambda = (rho * c) / MEAN_SERVICE;
      const expectedWait = erlangC(c, lambda * MEAN_SERVICE) / (c / MEAN_SERVICE - lambda);
      const doc = queueDoc({ perHour: lambda * 60, meanMinutes: MEAN_SERVICE, staff: c, cases, warmUpHours: WARM_UP_HOURS });
      const runs = Array.from({ length: REPLICATIONS }, (_, r) => simulate(doc, { seed: 1000 + r }).figures);
      const wait = runs.reduce((a, f) => a + f.nodes[1]!.waitMean, 0) / REPLICATIONS;
      const utilisation = runs.reduce((a, f) => a + f.lanes[0]!.utilisation, 0) / REPLICATIONS;
      expect(Math.abs(wait / expectedWait - 1)).toBeLessThan(tol);
      expect(Math.abs(utilisation / rho - 1)).toBeLessThan(0.015);
    });
  }
});
