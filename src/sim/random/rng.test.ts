import { describe, expect, it } from 'vitest';
import { hashString, RandomStream, replicationSeed, streamFor } from './rng';

describe('xoshiro128**', () => {
  it('matches the reference implementation (Blackman & Vigna, xoshiro128starstar.c)', () => {
    const s = RandomStream.fromState(1, 2, 3, 4);
    expect(Array.from({ length: 8 }, () => s.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849]);
    const t = RandomStream.fromState(0x9e3779b9, 0xdeadbeef, 0x12345678, 0xffffffff);
    for (let i = 0; i < 1000; i++) t.nextUint32();
    expect(t.nextUint32()).toBe(1634835592);
  });

  it('gives uniform numbers on [0, 1) with mean 1/2 and variance 1/12', () => {
    const s = streamFor(7, 'uniform');
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    let [min, max] = [1, 0];
    for (let i = 0; i < n; i++) {
      const u = s.next();
      [min, max] = [Math.min(min, u), Math.max(max, u)];
      sum += u;
      squares += u * u;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const mean = sum / n;
    // Standard error of the mean: sqrt(1/12 / n) ≈ 0.00065; 0.003 is more than 4 of them.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.003);
    expect(Math.abs(squares / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('gives each key and each replication its own stream, reproducibly', () => {
    const first = (seed: number, key: string) => streamFor(seed, key).nextUint32();
    expect(first(1, 'duration:a')).toBe(first(1, 'duration:a'));
    expect(first(1, 'duration:a')).not.toBe(first(1, 'duration:b'));
    expect(first(1, 'duration:a')).not.toBe(first(2, 'duration:a'));
    expect(new Set(Array.from({ length: 100 }, (_, r) => replicationSeed(1, r))).size).toBe(100);
    expect(hashString('登记')).toBe(hashString('登记'));
  });
});
