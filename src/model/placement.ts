// Finding room for a new node without covering an existing one.
import { rectsIntersect } from '../shared';
import { LANE_PADDING, NODE_SIZES } from './defaults';
import type { NodeGeometry, NodeKind, ProcessDocument } from './types';

/** Gap left between a node and the one added after it. */
export const NODE_GAP = 60;

const inLane = (doc: ProcessDocument, laneId: string) =>
  doc.nodes.filter((n) => n.laneId === laneId).map((n) => doc.diagram.nodes[n.id]).filter((g) => !!g);

/**
 * Top-left (in lane coordinates) for a node of `kind` in `laneId`. With `after`, the spot is
 * just after that node, centred on it across the flow; otherwise after the lane's last node.
 * If the spot is taken, it moves across the flow until it is free.
 */
export function freeSpot(
  doc: ProcessDocument,
  laneId: string,
  kind: NodeKind,
  after?: NodeGeometry,
): { x: number; y: number } {
  const o = doc.diagram.orientation;
  const size = NODE_SIZES[kind];
  const along = (g: { w: number; h: number }) => (o === 'horizontal' ? g.w : g.h);
  const across = (g: { w: number; h: number }) => (o === 'horizontal' ? g.h : g.w);
  const others = inLane(doc, laneId);
  let x: number;
  let y: number;
  if (after) {
    x = after.x + along(after) + NODE_GAP;
    y = Math.max(LANE_PADDING, after.y + across(after) / 2 - across(size) / 2);
  } else {
    x = others.reduce((end, g) => Math.max(end, g.x + along(g) + NODE_GAP), NODE_GAP);
    y = LANE_PADDING + 24;
  }
  const box = (yy: number): NodeGeometry =>
    o === 'horizontal' ? { x, y: yy, ...size } : { x: yy, y: x, ...size };
  const asBox = (g: NodeGeometry): NodeGeometry => (o === 'horizontal' ? g : { ...g, x: g.y, y: g.x });
  while (others.some((g) => rectsIntersect(box(y), asBox(g)))) y += across(size) + LANE_PADDING;
  return { x: Math.round(x), y: Math.round(y) };
}
