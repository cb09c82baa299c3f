// A small, drawable summary of a document for library cards and history lists: lane bands and
// node boxes in canvas coordinates, with at most a few hundred nodes so a library of hundreds
// of processes stays quick to list.
import { laneBands, nodeScreenRects, contentLength } from './geometry';
import type { NodeKind, ProcessDocument } from './types';

export type Preview = {
  width: number;
  height: number;
  lanes: { color: string; start: number; size: number }[];
  nodes: { x: number; y: number; w: number; h: number; kind: NodeKind }[];
  horizontal: boolean;
};

export const PREVIEW_MAX_NODES = 200;

export function previewOf(doc: ProcessDocument, maxNodes = PREVIEW_MAX_NODES): Preview {
  const horizontal = doc.diagram.orientation === 'horizontal';
  const bands = laneBands(doc);
  const across = bands.reduce((end, b) => Math.max(end, b.start + b.size), 0);
  const along = contentLength(doc);
  const rects = nodeScreenRects(doc);
  const step = Math.max(1, Math.ceil(doc.nodes.length / maxNodes));
  const nodes = doc.nodes
    .filter((_, i) => i % step === 0)
    .flatMap((n) => {
      const r = rects.get(n.id);
      return r ? [{ x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.w), h: Math.round(r.h), kind: n.kind }] : [];
    });
  const colors = new Map(doc.lanes.map((l) => [l.id, l.color]));
  return {
    width: horizontal ? along : across,
    height: horizontal ? across : along,
    lanes: bands.map((b) => ({ color: colors.get(b.id) ?? '#ffffff', start: b.start, size: b.size })),
    nodes,
    horizontal,
  };
}
