// Drawing the routes the auto-layout computed: a stored route is used only while it still fits
// its two steps (a step moved since gives a stale route: the edge falls back to a smooth step).
import { port } from '../../../layout';
import type { Point } from '../../../model';
import type { Rect } from '../../../shared';

const TOLERANCE = 1;

/** The stored bend points when they still join the two steps' ports orthogonally, else null. */
export function validRoute(route: Point[] | undefined, source: Rect | undefined, target: Rect | undefined, vertical: boolean): Point[] | null {
  if (!route || !source || !target) return null;
  const points = [port(source, 'out', !vertical), ...route, port(target, 'in', !vertical)];
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1]!, points[i]!];
    if (Math.abs(p.x - q.x) > TOLERANCE && Math.abs(p.y - q.y) > TOLERANCE) return null;
  }
  return route;
}

/** An SVG path through the points with rounded corners (cosmetic: the route itself is square). */
export function roundedPath(points: Point[], radius = 8): string {
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(radius, dist(a, b) / 2, dist(b, c) / 2);
    const p1 = towards(b, a, r);
    const p2 = towards(b, c, r);
    d += ` L${p1.x},${p1.y} Q${b.x},${b.y} ${p2.x},${p2.y}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${last.x},${last.y}`;
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const towards = (from: Point, to: Point, r: number): Point => {
  const d = dist(from, to) || 1;
  return { x: from.x + ((to.x - from.x) * r) / d, y: from.y + ((to.y - from.y) * r) / d };
};

