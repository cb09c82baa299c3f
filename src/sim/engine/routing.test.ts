// The routing rules of each kind of node, checked on observed counts.
import { describe, expect, it } from 'vitest';
import { simulate } from '../run';
import { simDoc, type EdgeSpec } from '../testing/simDocs';

const CASES = 20_000;
const settings = { run: { kind: 'cases' as const, count: CASES } };
const fast = { kind: 'poisson' as const, perHour: 30 };
const entered = (doc: Parameters<typeof simulate>[0], seed = 1) => {
  const f = simulate(doc, { seed }).figures;
  return Object.fromEntries(f.nodes.map((n) => [n.id, n.entered]));
};

/** A decision d with branches to a, b, c (edge options given), each going to the end. */
const decisionDoc = (branches: Record<'a' | 'b' | 'c', EdgeSpec>, caseTypes: { id: string; name: string; share: number }[] = []) =>
  simDoc({
    lanes: { l: 1000 },
    nodes: {
      s: { kind: 'start', lane: 'l', arrival: fast },
      d: { kind: 'decision', lane: 'l' },
      a: { kind: 'task', lane: 'l' },
      b: { kind: 'task', lane: 'l' },
      c: { kind: 'task', lane: 'l' },
      e: { kind: 'end', lane: 'l' },
    },
    edges: { 's>d': {}, 'd>a': branches.a, 'd>b': branches.b, 'd>c': branches.c, 'a>e': {}, 'b>e': {}, 'c>e': {} },
    settings: { ...settings, caseTypes },
  });

// A share p of 20,000 cases has standard deviation sqrt(p(1−p)/20000) ≤ 0.0036: ±0.015 is > 4 of them.
const expectShares = (counts: Record<string, number>, shares: Record<string, number>) => {
  for (const [id, p] of Object.entries(shares)) expect(Math.abs(counts[id]! / CASES - p), id).toBeLessThan(0.015);
};

describe('routing', () => {
  it('sends cases down decision branches by their shares', () => {
    expectShares(entered(decisionDoc({ a: { probability: 0.5 }, b: { probability: 0.3 }, c: { probability: 0.2 } })), { a: 0.5, b: 0.3, c: 0.2 });
  });

  it('splits what set shares leave among unset branches, and all equally when none is set', () => {
    expectShares(entered(decisionDoc({ a: { probability: 0.6 }, b: {}, c: {} })), { a: 0.6, b: 0.2, c: 0.2 });
    expectShares(entered(decisionDoc({ a: {}, b: {}, c: {} })), { a: 1 / 3, b: 1 / 3, c: 1 / 3 });
  });

  it('scales shares that do not add up to 100 %', () => {
    expectShares(entered(decisionDoc({ a: { probability: 0.5 }, b: { probability: 0.5 }, c: { probability: 1 } })), { a: 0.25, b: 0.25, c: 0.5 });
  });

  it('routes by case type when a branch names case types, others by share among the rest', () => {
    const types = [{ id: 'first', name: '初诊', share: 0.6 }, { id: 'again', name: '复诊', share: 0.4 }];
    const counts = entered(decisionDoc({ a: { caseTypes: ['first'] }, b: { probability: 0.5 }, c: { probability: 0.5 } }, types));
    expectShares(counts, { a: 0.6, b: 0.2, c: 0.2 });
  });

  it('sends one token down every branch of a parallel split and joins them back into one', () => {
    const doc = simDoc({
      lanes: { l: 1000 },
      nodes: {
        s: { kind: 'start', lane: 'l', arrival: fast },
        p: { kind: 'parallelSplit', lane: 'l' },
        a: { kind: 'task', lane: 'l', dist: { kind: 'exponential', mean: 5 } },
        b: { kind: 'task', lane: 'l', dist: { kind: 'exponential', mean: 10 } },
        c: { kind: 'wait', lane: 'l' },
        j: { kind: 'parallelJoin', lane: 'l' },
        e: { kind: 'end', lane: 'l' },
      },
      edges: { 's>p': {}, 'p>a': {}, 'p>b': {}, 'p>c': {}, 'a>j': {}, 'b>j': {}, 'c>j': {}, 'j>e': {} },
      settings: { run: { kind: 'cases', count: 2000 } },
    });
    const f = simulate(doc, { seed: 3 }).figures;
    const byId = Object.fromEntries(f.nodes.map((n) => [n.id, n.entered]));
    expect(byId).toMatchObject({ a: 2000, b: 2000, c: 2000, j: 6000, e: 2000 });
    expect(f.completed).toBe(2000);
    // The join waits for the slowest branch: the wait (fixed 10 min) or b (exp, mean 10).
    expect(f.cycleMean).toBeGreaterThan(13);
  });

  it('lets wait steps and steps needing no people run without staff, and steps needing two use two', () => {
    const doc = simDoc({
      lanes: { l: 2 },
      nodes: {
        s: { kind: 'start', lane: 'l', arrival: { kind: 'interval', every: 1, unit: 'minute' } },
        w: { kind: 'wait', lane: 'l', dist: { kind: 'fixed', value: 30 } },
        alone: { kind: 'task', lane: 'l', people: 0, dist: { kind: 'fixed', value: 30 } },
        pair: { kind: 'task', lane: 'l', people: 2, dist: { kind: 'fixed', value: 0.5 } },
        e: { kind: 'end', lane: 'l' },
      },
      edges: { 's>w': {}, 'w>alone': {}, 'alone>pair': {}, 'pair>e': {} },
      settings: { run: { kind: 'cases', count: 100 } },
    });
    const f = simulate(doc).figures;
    const n = Object.fromEntries(f.nodes.map((x) => [x.id, x]));
    expect(n.alone!.waitMax).toBe(0);
    expect(n.pair!.waitMax).toBe(0);
    // "pair" keeps both people busy for half a minute per case: half the lane's time.
    expect(f.lanes[0]!.busyHours).toBeCloseTo((100 * 0.5 * 2) / 60, 6);
    expect(f.cycleMean).toBeCloseTo(60.5, 6);
  });

  it('delays cases on a flow with a hand-off time', () => {
    const doc = simDoc({
      lanes: { a: 1, b: 1 },
      nodes: { s: { kind: 'start', lane: 'a', arrival: fast }, e: { kind: 'end', lane: 'b' } },
      edges: { 's>e': { handoff: '病历', handoffDelay: { unit: 'hour', dist: { kind: 'fixed', value: 2 } } } },
      settings: { run: { kind: 'cases', count: 50 } },
    });
    const f = simulate(doc).figures;
    expect(f.cycleMean).toBeCloseTo(120, 9);
    expect(f.waitingMean).toBeCloseTo(120, 9);
  });
});
