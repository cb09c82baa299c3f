// Where an edge's label goes, given the route's points (source port, bend points, target port).
// The layout's bends come in pairs, each pair a leg across the flow in a channel between ranks;
// the first leg lies in the channel after the source's rank, which the layout widens to fit the
// label (layoutProcess.ts `labelRoom`). A route without bends is a straight line: its middle.
import type { Point } from '../model';

export function labelPoint(points: Point[]): Point {
  const [a, b] = points.length > 2 ? [points[1]!, points[2]!] : [points[0]!, points[points.length - 1]!];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
