import { describe, expect, it } from 'vitest';
import { simulate } from '../run';
import { simDoc } from '../testing/simDocs';

const doc = simDoc({
  lanes: { a: 2, b: 1 },
  nodes: {
    s: { kind: 'start', lane: 'a', arrival: { kind: 'poisson', perHour: 10 } },
    t1: { kind: 'task', lane: 'a', dist: { kind: 'normal', mean: 8, sd: 3 } },
    d: { kind: 'decision', lane: 'a' },
    t2: { kind: 'task', lane: 'b', dist: { kind: 'lognormal', mean: 5, sd: 2 } },
    e: { kind: 'end', lane: 'b' },
  },
  edges: { 's>t1': {}, 't1>d': {}, 'd>t2': { probability: 0.7, handoff: 'x' }, 'd>e': { probability: 0.3, handoff: 'x' }, 't2>e': {} },
  settings: { run: { kind: 'cases', count: 3000 } },
});

describe('reproducibility', () => {
  it('gives identical results and event streams for the same seed', () => {
    const a = simulate(doc, { seed: 11, record: { firstCases: 50 } });
    const b = simulate(doc, { seed: 11, record: { firstCases: 50 } });
    expect(b).toEqual(a);
  });

  it('gives different results for another seed', () => {
    expect(simulate(doc, { seed: 12 }).figures.cycleMean).not.toBe(simulate(doc, { seed: 11 }).figures.cycleMean);
  });

  it('does not change the numbers when recording is switched on', () => {
    expect(simulate(doc, { seed: 11, record: { firstCases: 10 } }).figures).toEqual(simulate(doc, { seed: 11 }).figures);
  });
});
