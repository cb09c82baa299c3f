// Orthogonal edge routes in the channels between ranks (bpmn-auto-layout's scheme, written here
// because ELK cannot route within our lane bands): an edge leaves its source on the side facing
// the flow and enters its target on the opposite side. Vertical legs run in the channel after the
// source's rank or before the target's; a run along the flow over other ranks takes a free
// corridor; a loop back goes out, along a corridor against the flow, and back in (a U).
import { Corridors, type Interval } from './corridors';

/** A vertical piece of a route, in the channel after rank `channel` (−1: before the first rank). */
export type Leg = { channel: number; y1: number; y2: number; group: string };
/** Where an edge's across coordinate changes; between legs the route runs along the flow. */
export type AbstractRoute = { edgeId: string; source: string; target: string; legs: Leg[] };

export type RoutedNode = { id: string; rank: number; top: number; bottom: number };
type RouteEdge = { id: string; source: string; target: string };

export function routeEdges(
  nodes: Map<string, RoutedNode>,
  edges: RouteEdge[],
  rankCount: number,
  bounds: Interval,
  sp: { track: number; clearance: number },
): AbstractRoute[] {
  const blocked: Interval[][] = Array.from({ length: rankCount }, () => []);
  for (const n of nodes.values()) blocked[n.rank]!.push([n.top - sp.clearance, n.bottom + sp.clearance]);
  const corridors = new Corridors(blocked, bounds, sp.track);
  const centre = (n: RoutedNode) => (n.top + n.bottom) / 2;
  const out: AbstractRoute[] = [];
  // Forward edges first, shortest first: they take the straight lines; loops go around them.
  const ordered = edges
    .filter((e) => nodes.has(e.source) && nodes.has(e.target))
    .map((e, i) => ({ e, i, s: nodes.get(e.source)!, t: nodes.get(e.target)! }))
    .sort((a, b) => Number(a.t.rank <= a.s.rank) - Number(b.t.rank <= b.s.rank) || a.t.rank - a.s.rank - (b.t.rank - b.s.rank) || a.i - b.i);
  for (const { e, s, t } of ordered) {
    const ys = centre(s);
    const yt = centre(t);
    const out1 = (y2: number): Leg => ({ channel: s.rank, y1: ys, y2, group: `out:${s.id}` });
    const in1 = (channel: number, y1: number): Leg => ({ channel, y1, y2: yt, group: `in:${t.id}` });
    let legs: Leg[];
    if (t.rank === s.rank + 1) {
      legs = ys === yt ? [] : [out1(yt)];
    } else if (t.rank > s.rank) {
      const [from, to] = [s.rank + 1, t.rank - 1];
      if (corridors.isFree(ys, from, to)) {
        corridors.take(ys, from, to);
        legs = ys === yt ? [] : [in1(t.rank - 1, ys)];
      } else if (corridors.isFree(yt, from, to)) {
        corridors.take(yt, from, to);
        legs = [out1(yt)];
      } else {
        const y = corridors.pick((ys + yt) / 2, from, to);
        legs = [out1(y), in1(t.rank - 1, y)];
      }
    } else {
      // Against the flow (or within one rank): a U over or under everything in between.
      const y = corridors.pick(Math.min(s.top, t.top) - sp.clearance, t.rank, s.rank);
      legs = [out1(y), in1(t.rank - 1, y)];
    }
    out.push({ edgeId: e.id, source: s.id, target: t.id, legs });
  }
  return out;
}

type LegGroup = { channel: number; lo: number; hi: number; legs: Leg[] };

/**
 * Tracks per channel: vertical legs whose spans overlap get different tracks; legs leaving the
 * same step (or entering the same step) share one, drawn as a trunk with branches.
 */
export function assignTracks(routes: AbstractRoute[], spacing: number): { trackOf: Map<Leg, number>; tracks: Map<number, number> } {
  const groups = new Map<string, LegGroup>();
  for (const r of routes) {
    for (const leg of r.legs) {
      const key = `${leg.channel}|${leg.group}`;
      const g = groups.get(key) ?? { channel: leg.channel, lo: Infinity, hi: -Infinity, legs: [] };
      g.lo = Math.min(g.lo, leg.y1, leg.y2);
      g.hi = Math.max(g.hi, leg.y1, leg.y2);
      g.legs.push(leg);
      groups.set(key, g);
    }
  }
  const byChannel = new Map<number, LegGroup[]>();
  for (const g of groups.values()) byChannel.set(g.channel, [...(byChannel.get(g.channel) ?? []), g]);
  const trackOf = new Map<Leg, number>();
  const tracks = new Map<number, number>();
  for (const [channel, list] of byChannel) {
    list.sort((a, b) => a.lo - b.lo || a.hi - b.hi);
    const ends: number[] = []; // last occupied end per track
    for (const g of list) {
      let k = ends.findIndex((end) => end + spacing <= g.lo);
      if (k < 0) k = ends.push(g.hi) - 1;
      else ends[k] = g.hi;
      for (const leg of g.legs) trackOf.set(leg, k);
    }
    tracks.set(channel, ends.length);
  }
  return { trackOf, tracks };
}
