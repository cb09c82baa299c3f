import { describe, expect, it } from 'vitest';
import { simulate } from '../run';
import { simDoc } from '../testing/simDocs';
import { MAX_PATH, PathVariants } from './variants';

describe('path variants', () => {
  it('counts the paths cases take, most frequent first', () => {
    const doc = simDoc({
      lanes: { l: 100 },
      nodes: {
        s: { kind: 'start', lane: 'l', arrival: { kind: 'poisson', perHour: 60 } },
        d: { kind: 'decision', lane: 'l' },
        a: { kind: 'task', lane: 'l', dist: { kind: 'fixed', value: 2 } },
        b: { kind: 'task', lane: 'l', dist: { kind: 'fixed', value: 4 } },
        e: { kind: 'end', lane: 'l' },
      },
      edges: { 's>d': {}, 'd>a': { probability: 0.75 }, 'd>b': { probability: 0.25 }, 'a>e': {}, 'b>e': {} },
      settings: { run: { kind: 'cases', count: 4000 } },
    });
    const { variants, otherCases } = simulate(doc).paths;
    expect(variants.map((v) => v.path)).toEqual([['s', 'd', 'a', 'e'], ['s', 'd', 'b', 'e']]);
    expect(variants[0]!.cycleMean).toBe(2);
    expect(Math.abs(variants[0]!.cases / 4000 - 0.75)).toBeLessThan(0.03);
    expect(variants[0]!.cases + variants[1]!.cases).toBe(4000);
    expect(otherCases).toBe(0);
  });

  it('keeps long paths truncated and stops tracking new paths beyond its limit', () => {
    const v = new PathVariants();
    const long = Int32Array.from({ length: MAX_PATH }, (_, i) => i);
    v.add(long, 0, MAX_PATH + 5, 10);
    for (let i = 0; i < 1200; i++) v.add(Int32Array.of(i), 0, 1, 1);
    const { variants, otherCases } = v.top(3, Array.from({ length: 2000 }, (_, i) => `n${i}`));
    expect(variants[0]).toMatchObject({ truncated: true, cases: 1 });
    expect(variants[0]!.path).toHaveLength(MAX_PATH);
    expect(otherCases).toBe(1201 - 3);
  });
});
