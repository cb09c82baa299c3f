import { describe, expect, it } from 'vitest';
import { streamFor } from '../random/rng';
import { LogHistogram } from './histogram';

describe('LogHistogram', () => {
  it('gives quantiles within one bucket (4.5 %) of the exact ones, in fixed memory', () => {
    const s = streamFor(5, 'hist');
    const values = Array.from({ length: 50_000 }, () => -30 * Math.log(1 - s.next()));
    const h = new LogHistogram();
    values.forEach((v) => h.add(v));
    const sorted = values.slice().sort((a, b) => a - b);
    for (const q of [0.1, 0.5, 0.9, 0.99]) {
      const exact = sorted[Math.floor(q * sorted.length)]!;
      expect(Math.abs(h.quantile(q) - exact) / exact).toBeLessThan(0.045);
    }
    expect(h.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
    expect(h.max).toBe(sorted.at(-1));
  });

  it('reports no wait as 0 and an empty histogram as 0', () => {
    const h = new LogHistogram();
    expect(h.quantile(0.5)).toBe(0);
    for (let i = 0; i < 10; i++) h.add(0);
    h.add(5);
    expect(h.quantile(0.5)).toBe(0);
    expect(h.quantile(1)).toBeCloseTo(5, 0);
  });

  it('draws bars of equal width holding every value', () => {
    const h = new LogHistogram();
    for (let i = 1; i <= 1000; i++) h.add(i / 10);
    const bars = h.bars(20);
    expect(bars.reduce((a, b) => a + b.count, 0)).toBe(1000);
    expect(new Set(bars.map((b) => b.to - b.from)).size).toBe(1);
    expect(bars.length).toBeLessThanOrEqual(20);
  });
});
