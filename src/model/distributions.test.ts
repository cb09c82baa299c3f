import { describe, expect, it } from 'vitest';
import { convertDistribution, meanOf } from './distributions';
import { DISTRIBUTION_KINDS } from './types';

describe('distributions', () => {
  it('gives the mean of each kind', () => {
    expect(meanOf({ kind: 'fixed', value: 4 })).toBe(4);
    expect(meanOf({ kind: 'uniform', min: 10, max: 15 })).toBe(12.5);
    expect(meanOf({ kind: 'triangular', min: 1, mode: 2, max: 6 })).toBe(3);
    expect(meanOf({ kind: 'exponential', mean: 7 })).toBe(7);
  });

  it('converts between kinds keeping the mean and valid parameters', () => {
    for (const kind of DISTRIBUTION_KINDS) {
      const d = convertDistribution({ kind: 'uniform', min: 10, max: 15 }, kind);
      expect(d.kind).toBe(kind);
      expect(meanOf(d)).toBeCloseTo(12.5, 1);
    }
    expect(convertDistribution({ kind: 'fixed', value: 0 }, 'exponential')).toEqual({ kind: 'exponential', mean: 0.01 });
  });
});
