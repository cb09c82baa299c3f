import { describe, expect, it } from 'vitest';
import { TimeSeries } from './timeSeries';

describe('TimeSeries', () => {
  it('keeps averages per bin and doubles the bin width instead of growing', () => {
    const s = new TimeSeries(4, 10);
    s.add(0, 10, 2);
    s.add(10, 20, 4);
    expect(s.values(20)).toEqual({ start: 0, width: 10, values: [2, 4] });
    s.add(20, 80, 1);
    const { width, values } = s.values(80);
    expect(width).toBe(20);
    expect(values).toEqual([3, 1, 1, 1]);
  });

  it('starts again after a reset', () => {
    const s = new TimeSeries(4, 10);
    s.add(0, 30, 5);
    s.reset(30);
    s.add(30, 40, 1);
    expect(s.values(40)).toEqual({ start: 30, width: 10, values: [1] });
  });
});
