// Where lanes, phases and nodes sit on the canvas, derived from the document.
// Two axes: "along" the flow (x for horizontal lanes) and "across" it (y for horizontal lanes).
// Lanes stack across the flow from 0; phases run along the flow from 0.
import type { Rect } from '../shared';
import { clamp } from '../shared';
import {
  CONTENT_TAIL,
  DEFAULT_LANE_SIZE,
  DEFAULT_PHASE_SIZE,
  LANE_PADDING,
  MIN_CONTENT_LENGTH,
} from './defaults';
import type { NodeGeometry, Orientation, ProcessDocument } from './types';

export type Band = { id: string; start: number; size: number };

export function laneBands(doc: ProcessDocument): Band[] {
  let start = 0;
  return doc.lanes.map((lane) => {
    const size = doc.diagram.laneSizes[lane.id] ?? DEFAULT_LANE_SIZE;
    const band = { id: lane.id, start, size };
    start += size;
    return band;
  });
}

export function phaseColumns(doc: ProcessDocument): Band[] {
  let start = 0;
  return doc.phases.map((phase) => {
    const size = doc.diagram.phaseSizes[phase.id] ?? DEFAULT_PHASE_SIZE;
    const band = { id: phase.id, start, size };
    start += size;
    return band;
  });
}

const endOf = (bands: Band[]) => {
  const last = bands[bands.length - 1];
  return last ? last.start + last.size : 0;
};

export const totalLaneSize = (doc: ProcessDocument) => endOf(laneBands(doc));

export const alongSize = (g: { w: number; h: number }, o: Orientation) =>
  o === 'horizontal' ? g.w : g.h;
export const acrossSize = (g: { w: number; h: number }, o: Orientation) =>
  o === 'horizontal' ? g.h : g.w;

/** Length of the content area along the flow: room for every node, phase and a tail. */
export function contentLength(doc: ProcessDocument): number {
  const o = doc.diagram.orientation;
  let end = endOf(phaseColumns(doc));
  for (const g of Object.values(doc.diagram.nodes)) end = Math.max(end, g.x + alongSize(g, o) + CONTENT_TAIL);
  return Math.max(MIN_CONTENT_LENGTH, end);
}

/** Screen rectangle of a node whose lane starts at `laneStart` across the flow. */
export function toScreenRect(g: NodeGeometry, laneStart: number, o: Orientation): Rect {
  return o === 'horizontal'
    ? { x: g.x, y: laneStart + g.y, w: g.w, h: g.h }
    : { x: laneStart + g.y, y: g.x, w: g.w, h: g.h };
}

/** Map of lane id → start across the flow, for converting many nodes at once. */
export const laneStarts = (doc: ProcessDocument) =>
  new Map(laneBands(doc).map((b) => [b.id, b.start]));

export function nodeScreenRect(doc: ProcessDocument, nodeId: string, starts = laneStarts(doc)): Rect | null {
  const node = doc.nodes.find((n) => n.id === nodeId);
  const g = doc.diagram.nodes[nodeId];
  if (!node || !g) return null;
  return toScreenRect(g, starts.get(node.laneId) ?? 0, doc.diagram.orientation);
}

/** The band holding `pos`; positions before the first or after the last band snap to it. */
export function bandAt(bands: Band[], pos: number): Band | null {
  if (bands.length === 0) return null;
  for (const b of bands) if (pos < b.start + b.size) return b;
  return bands[bands.length - 1] ?? null;
}

/** The phase column holding `pos`, or null when it lies outside every phase. */
export function columnAt(columns: Band[], pos: number): Band | null {
  return columns.find((c) => pos >= c.start && pos < c.start + c.size) ?? null;
}

/** Where a node dropped at screen point (x, y) (its top-left) belongs. */
export function resolveDrop(
  doc: ProcessDocument,
  screen: { x: number; y: number; w: number; h: number },
): { laneId: string; phaseId: string | null; geometry: NodeGeometry } | null {
  const o = doc.diagram.orientation;
  const along = o === 'horizontal' ? screen.x : screen.y;
  const across = o === 'horizontal' ? screen.y : screen.x;
  const aSize = o === 'horizontal' ? screen.w : screen.h;
  const cSize = o === 'horizontal' ? screen.h : screen.w;
  const lane = bandAt(laneBands(doc), across + cSize / 2);
  if (!lane) return null;
  const phase = columnAt(phaseColumns(doc), along + aSize / 2);
  return {
    laneId: lane.id,
    phaseId: phase?.id ?? null,
    geometry: { x: Math.max(0, along), y: Math.max(LANE_PADDING, across - lane.start), w: screen.w, h: screen.h },
  };
}

/** Keeps a node's along position inside its phase column, if it has one. */
export function clampToColumn(g: NodeGeometry, column: Band | null, o: Orientation): NodeGeometry {
  if (!column) return g;
  const size = alongSize(g, o);
  const x = clamp(g.x, column.start + LANE_PADDING, column.start + column.size - size - LANE_PADDING);
  return x === g.x ? g : { ...g, x: Math.max(column.start, x) };
}

/** Canvas rectangle of every node, keyed by id (nodes without geometry are left out). */
export function nodeScreenRects(doc: ProcessDocument): Map<string, Rect> {
  const starts = laneStarts(doc);
  const rects = new Map<string, Rect>();
  for (const n of doc.nodes) {
    const g = doc.diagram.nodes[n.id];
    if (g) rects.set(n.id, toScreenRect(g, starts.get(n.laneId) ?? 0, doc.diagram.orientation));
  }
  return rects;
}
