import { describe, expect, it } from 'vitest';
import { edgeAnchors } from './edgeSides';

const box = (x: number, y: number) => ({ x, y, w: 100, h: 50 });

describe('edgeAnchors', () => {
  it('forward flow leaves right and enters left', () => {
    expect(edgeAnchors(box(0, 0), box(200, 300))).toEqual([
      { x: 100, y: 25, side: 'right' },
      { x: 200, y: 325, side: 'left' },
    ]);
  });
  it('a node below (overlapping in x) is entered from the top', () => {
    expect(edgeAnchors(box(0, 0), box(50, 200)).map((a) => a.side)).toEqual(['bottom', 'top']);
  });
  it('a node above is entered from below', () => {
    expect(edgeAnchors(box(0, 300), box(50, 0)).map((a) => a.side)).toEqual(['top', 'bottom']);
  });
  it('a back edge to the left makes a U underneath', () => {
    expect(edgeAnchors(box(400, 0), box(0, 0)).map((a) => a.side)).toEqual(['bottom', 'bottom']);
  });
  it('vertical lanes turn everything a quarter: forward flow goes bottom to top', () => {
    expect(edgeAnchors(box(0, 0), box(300, 200), true).map((a) => a.side)).toEqual(['bottom', 'top']);
  });
});
