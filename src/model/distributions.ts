// Pure facts about duration distributions, shared by the editor and the simulator.
import type { Distribution, DistributionKind } from './types';

/** The mean of a distribution (for "normal", of the untruncated one). */
export function meanOf(d: Distribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'exponential':
    case 'normal':
    case 'lognormal':
      return d.mean;
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A distribution of another kind around the same typical value, for switching kinds in the UI. */
export function convertDistribution(d: Distribution, kind: DistributionKind): Distribution {
  const c = Math.max(round(meanOf(d)), 0.01);
  switch (kind) {
    case 'fixed':
      return { kind, value: c };
    case 'uniform':
      return { kind, min: round(c * 0.5), max: round(c * 1.5) };
    case 'triangular':
      return { kind, min: round(c * 0.5), mode: c, max: round(c * 1.5) };
    case 'exponential':
      return { kind, mean: c };
    case 'normal':
      return { kind, mean: c, sd: round(c * 0.2) };
    case 'lognormal':
      return { kind, mean: c, sd: round(c * 0.5) };
  }
}
