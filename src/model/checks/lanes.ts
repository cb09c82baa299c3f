// Lanes that hold no node at all.
import { laneRef, makeFinding, type Finding } from './finding';
import type { Graph } from './graph';

export function checkLanes(g: Graph): Finding[] {
  const used = new Set(g.nodes.map((n) => n.laneId));
  return g.doc.lanes
    .filter((lane) => !used.has(lane.id))
    .map((lane) => makeFinding(g, 'emptyLane', laneRef(lane.id)));
}
