// Hard gates of a laid out document (bpmn-auto-layout's zero-defect checks): no overlapping
// steps, every step inside its lane band and its phase column, flow order kept along edges that
// are not part of a loop, orthogonal routes, and routes that cross no step they do not connect.
import { laneBands, nodeScreenRects, phaseColumns, type Point, type ProcessDocument } from '../model';
import type { Rect } from '../shared';
import { labelPoint } from './labelPoint';

export type LayoutDefects = {
  overlaps: [string, string][];
  outsideLane: string[];
  outsidePhase: string[];
  againstFlow: string[];
  notOrthogonal: string[];
  throughSteps: [string, string][];
  /** Edge labels drawn over a step (checked only when label sizes are given). */
  labelsOverSteps: [string, string][];
};

const EPS = 0.5;

export function layoutDefects(doc: ProcessDocument, labelSize: (edgeId: string) => { w: number; h: number } | undefined = () => undefined): LayoutDefects {
  const horizontal = doc.diagram.orientation === 'horizontal';
  const rects = nodeScreenRects(doc);
  const along = (r: Rect) => (horizontal ? [r.x, r.x + r.w] : [r.y, r.y + r.h]) as [number, number];
  const across = (r: Rect) => (horizontal ? [r.y, r.y + r.h] : [r.x, r.x + r.w]) as [number, number];
  const out: LayoutDefects = { overlaps: [], outsideLane: [], outsidePhase: [], againstFlow: [], notOrthogonal: [], throughSteps: [], labelsOverSteps: [] };

  const sorted = [...rects].sort((a, b) => along(a[1])[0] - along(b[1])[0]);
  for (let i = 0; i < sorted.length; i++) {
    const [idA, a] = sorted[i]!;
    for (let j = i + 1; j < sorted.length && along(sorted[j]![1])[0] < along(a)[1] - EPS; j++) {
      const [idB, b] = sorted[j]!;
      if (intersects(a, b)) out.overlaps.push([idA, idB]);
    }
  }
  const lanes = new Map(laneBands(doc).map((b) => [b.id, b]));
  const phases = new Map(phaseColumns(doc).map((c) => [c.id, c]));
  for (const n of doc.nodes) {
    const r = rects.get(n.id);
    if (!r) continue;
    const band = lanes.get(n.laneId)!;
    const [c0, c1] = across(r);
    if (c0 < band.start - EPS || c1 > band.start + band.size + EPS) out.outsideLane.push(n.id);
    const column = n.phaseId === null ? null : phases.get(n.phaseId);
    const [a0, a1] = along(r);
    if (column && (a0 < column.start - EPS || a1 > column.start + column.size + EPS)) out.outsidePhase.push(n.id);
  }
  const looped = edgesInLoops(doc);
  for (const e of doc.edges) {
    const s = rects.get(e.source);
    const t = rects.get(e.target);
    if (!s || !t) continue;
    if (!looped.has(e.id) && along(t)[0] < along(s)[1] - EPS) out.againstFlow.push(e.id);
    const route = doc.diagram.edgeRoutes[e.id];
    if (!route) continue;
    const points = [port(s, 'out', horizontal), ...route, port(t, 'in', horizontal)];
    for (let i = 1; i < points.length; i++) {
      const [p, q] = [points[i - 1]!, points[i]!];
      if (Math.abs(p.x - q.x) > EPS && Math.abs(p.y - q.y) > EPS) out.notOrthogonal.push(e.id);
      for (const [id, r] of rects) {
        if (id !== e.source && id !== e.target && segmentCrosses(p, q, r)) out.throughSteps.push([e.id, id]);
      }
    }
    const size = labelSize(e.id);
    if (size) {
      const at = labelPoint(points);
      const box = { x: at.x - size.w / 2, y: at.y - size.h / 2, w: size.w, h: size.h };
      for (const [id, r] of rects) if (intersects(box, r)) out.labelsOverSteps.push([e.id, id]);
    }
  }
  out.notOrthogonal = [...new Set(out.notOrthogonal)];
  return out;
}

/** Where edges leave (out) and enter (in) a step when the layout routes them. */
export function port(r: Rect, end: 'in' | 'out', horizontal: boolean): Point {
  if (horizontal) return { x: end === 'out' ? r.x + r.w : r.x, y: r.y + r.h / 2 };
  return { x: r.x + r.w / 2, y: end === 'out' ? r.y + r.h : r.y };
}

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS;

/** True when the axis-parallel segment p–q passes through the inside of r. */
function segmentCrosses(p: Point, q: Point, r: Rect): boolean {
  const [x0, x1] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
  const [y0, y1] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
  return x0 < r.x + r.w - EPS && x1 > r.x + EPS && y0 < r.y + r.h - EPS && y1 > r.y + EPS;
}

/** Edges whose two ends lie on a common cycle (same strongly connected component), and self-loops. */
export function edgesInLoops(doc: ProcessDocument): Set<string> {
  const component = stronglyConnected(doc.nodes.map((n) => n.id), doc.edges);
  return new Set(doc.edges.filter((e) => e.source === e.target || component.get(e.source) === component.get(e.target)).map((e) => e.id));
}

/** Tarjan's algorithm, iterative (processes of thousands of steps would overflow recursion). */
function stronglyConnected(ids: string[], edges: { source: string; target: string }[]): Map<string, number> {
  const next = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of edges) next.get(e.source)?.push(e.target);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: [string, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, i] = frame;
      if (i === 0) {
        index.set(v, counter);
        low.set(v, counter++);
        stack.push(v);
        onStack.add(v);
      }
      const succ = next.get(v) ?? [];
      if (i < succ.length) {
        frame[1] = i + 1;
        const w = succ[i]!;
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(v)!));
      if (low.get(v) === index.get(v)) {
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.set(w, components);
        } while (w !== v);
        components += 1;
      }
    }
  }
  return component;
}
