import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventHeap } from './eventHeap';

describe('EventHeap', () => {
  it('pops events by time, and events at the same time in the order they were pushed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), (times) => {
        const heap = new EventHeap();
        times.forEach((t, i) => heap.push(t, i));
        const popped: number[] = [];
        while (heap.size > 0) popped.push(heap.pop());
        const expected = times.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t || a.i - b.i).map((e) => e.i);
        expect(popped).toEqual(expected);
      }),
    );
  });

  it('keeps the order when pushes and pops interleave, and grows past its first capacity', () => {
    const heap = new EventHeap();
    for (let i = 0; i < 5000; i++) heap.push(i % 97, i);
    let last = -1;
    for (let i = 0; i < 2500; i++) {
      const t = heap.peekTime();
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
      heap.pop();
      heap.push(t + 50, -i);
    }
    expect(heap.size).toBe(5000);
  });
});
