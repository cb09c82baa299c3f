// Which sides of its two nodes an edge leaves and enters, chosen from where the nodes sit, so that
// edges need no fixed handles: forward flow goes right→left, stacked nodes go bottom→top, and
// back edges (rework loops) leave and enter from below, making a U under the nodes.
import type { Rect } from '../../../shared';

export type Side = 'top' | 'right' | 'bottom' | 'left';
export type Anchor = { x: number; y: number; side: Side };

const GAP = 12;

export function anchorOf(r: Rect, side: Side): Anchor {
  switch (side) {
    case 'top':
      return { x: r.x + r.w / 2, y: r.y, side };
    case 'bottom':
      return { x: r.x + r.w / 2, y: r.y + r.h, side };
    case 'left':
      return { x: r.x, y: r.y + r.h / 2, side };
    case 'right':
      return { x: r.x + r.w, y: r.y + r.h / 2, side };
  }
}

export function edgeAnchors(source: Rect, target: Rect, vertical = false): [Anchor, Anchor] {
  if (vertical) {
    const [s, t] = edgeAnchors(flip(source), flip(target));
    return [flipAnchor(s), flipAnchor(t)];
  }
  if (target.x >= source.x + source.w + GAP) return [anchorOf(source, 'right'), anchorOf(target, 'left')];
  if (target.y >= source.y + source.h + GAP) return [anchorOf(source, 'bottom'), anchorOf(target, 'top')];
  if (source.y >= target.y + target.h + GAP && target.x + target.w > source.x) return [anchorOf(source, 'top'), anchorOf(target, 'bottom')];
  return [anchorOf(source, 'bottom'), anchorOf(target, 'bottom')];
}

const flip = (r: Rect): Rect => ({ x: r.y, y: r.x, w: r.h, h: r.w });
const FLIPPED: Record<Side, Side> = { top: 'left', left: 'top', bottom: 'right', right: 'bottom' };
const flipAnchor = (a: Anchor): Anchor => ({ x: a.y, y: a.x, side: FLIPPED[a.side] });
