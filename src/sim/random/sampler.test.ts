import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../model';
import { streamFor } from './rng';
import { Sampler } from './sampler';

const N = 200_000;

function moments(dist: Distribution, scale = 1) {
  const sampler = new Sampler(dist, streamFor(3, JSON.stringify(dist)), scale);
  let sum = 0;
  let squares = 0;
  let min = Infinity;
  for (let i = 0; i < N; i++) {
    const x = sampler.sample();
    sum += x;
    squares += x * x;
    min = Math.min(min, x);
  }
  const mean = sum / N;
  return { mean, variance: squares / N - mean * mean, min };
}

/** Standard normal density and distribution function, for the truncated normal's moments. */
const phi = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
function Phi(z: number) {
  // Abramowitz & Stegun 7.1.26 (error < 1.5e-7), plenty for a test reference.
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

describe('duration distributions', () => {
  // Expected mean and variance of each kind. With 200,000 draws the standard error of the mean
  // is sd/447 and that of the variance about var·sqrt((κ−1)/N) (κ: kurtosis, ≤ 9 for the heavy
  // lognormal below); the tolerances are at least 4 standard errors.
  const cases: { dist: Distribution; mean: number; variance: number; meanTol: number; varTol: number }[] = [
    { dist: { kind: 'fixed', value: 4 }, mean: 4, variance: 0, meanTol: 1e-12, varTol: 1e-9 },
    { dist: { kind: 'uniform', min: 2, max: 8 }, mean: 5, variance: 3, meanTol: 0.02, varTol: 0.03 },
    { dist: { kind: 'triangular', min: 1, mode: 2, max: 6 }, mean: 3, variance: (1 + 4 + 36 - 2 - 6 - 12) / 18, meanTol: 0.012, varTol: 0.015 },
    { dist: { kind: 'exponential', mean: 5 }, mean: 5, variance: 25, meanTol: 0.05, varTol: 1 },
    { dist: { kind: 'normal', mean: 10, sd: 2 }, mean: 10, variance: 4, meanTol: 0.02, varTol: 0.06 },
    { dist: { kind: 'lognormal', mean: 10, sd: 5 }, mean: 10, variance: 25, meanTol: 0.05, varTol: 1.2 },
  ];
  for (const c of cases) {
    it(`draws ${c.dist.kind} values with the right mean and variance`, () => {
      const m = moments(c.dist);
      expect(Math.abs(m.mean - c.mean)).toBeLessThan(c.meanTol);
      expect(Math.abs(m.variance - c.variance)).toBeLessThan(c.varTol);
      expect(m.min).toBeGreaterThanOrEqual(0);
    });
  }

  it('truncates the normal at 0 (redraws), matching the truncated normal mean and variance', () => {
    const [mu, sigma] = [1, 2];
    const a = -mu / sigma;
    const lambda = phi(a) / (1 - Phi(a));
    const mean = mu + sigma * lambda;
    const variance = sigma * sigma * (1 + a * lambda - lambda * lambda);
    const m = moments({ kind: 'normal', mean: mu, sd: sigma });
    expect(m.min).toBeGreaterThanOrEqual(0);
    expect(Math.abs(m.mean - mean)).toBeLessThan(0.015);
    expect(Math.abs(m.variance - variance)).toBeLessThan(0.03);
  });

  it('converts to minutes with the unit scale', () => {
    expect(moments({ kind: 'fixed', value: 2 }, 60).mean).toBe(120);
  });
});
