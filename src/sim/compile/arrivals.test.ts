import { describe, expect, it } from 'vitest';
import { streamFor } from '../random/rng';
import { ArrivalProcess } from './arrivals';

const times = (p: ArrivalProcess, until: number) => {
  const out: number[] = [];
  for (let t = p.first(); t < until; t = p.next(t)) out.push(t);
  return out;
};

describe('arrivals', () => {
  it('draws Poisson arrivals at the given rate with exponential gaps', () => {
    const t = times(new ArrivalProcess({ kind: 'poisson', perHour: 12 }, streamFor(1, 'a')), 60 * 10_000);
    // 120,000 expected; the count's sd is √120000 ≈ 346, so ±1,500 is > 4 sd.
    expect(Math.abs(t.length - 120_000)).toBeLessThan(1500);
    const gaps = t.slice(1).map((x, i) => x - t[i]!);
    const mean = gaps.reduce((a, b) => a + b) / gaps.length;
    const variance = gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length;
    expect(mean).toBeCloseTo(5, 1);
    expect(Math.abs(variance / (mean * mean) - 1)).toBeLessThan(0.03);
  });

  it('sends one case every interval, from time 0', () => {
    expect(times(new ArrivalProcess({ kind: 'interval', every: 2, unit: 'hour' }, streamFor(1, 'b')), 600)).toEqual([0, 120, 240, 360, 480]);
  });

  it('follows an hourly profile: busy in the morning, nothing at night', () => {
    const perHour = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 12 ? 10 : h >= 13 && h < 17 ? 5 : 0));
    const t = times(new ArrivalProcess({ kind: 'profile', perHour }, streamFor(1, 'c')), 1440 * 400);
    const byHour = new Array(24).fill(0);
    for (const x of t) byHour[Math.floor(x / 60) % 24]++;
    // 400 days: 4,000 expected per morning hour (sd 63), 2,000 per afternoon hour (sd 45).
    for (let h = 0; h < 24; h++) {
      const expected = 400 * perHour[h]!;
      expect(Math.abs(byHour[h] - expected), `hour ${h}`).toBeLessThanOrEqual(expected === 0 ? 0 : 300);
    }
  });

  it('scales every kind with the demand factor, and a zero rate brings nobody', () => {
    expect(times(new ArrivalProcess({ kind: 'interval', every: 10, unit: 'minute' }, streamFor(1, 'd'), 2), 30)).toEqual([0, 5, 10, 15, 20, 25]);
    const doubled = times(new ArrivalProcess({ kind: 'poisson', perHour: 6 }, streamFor(1, 'e'), 2), 60 * 5000).length;
    expect(Math.abs(doubled - 60_000)).toBeLessThan(1000);
    expect(new ArrivalProcess({ kind: 'poisson', perHour: 0 }, streamFor(1, 'f')).first()).toBe(Infinity);
    expect(new ArrivalProcess({ kind: 'profile', perHour: new Array(24).fill(0) }, streamFor(1, 'g')).first()).toBe(Infinity);
  });
});
