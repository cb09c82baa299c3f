// The whole swimlane layout: ELK ranks and orders the steps (pass 1, in the engine), then our
// code stacks lanes, routes edges in the channels and places the columns. Pure apart from the
// injected engine, deterministic, and independent of the current positions, so laying out an
// already laid out process moves nothing.
import type { NodeGeometry, Point } from '../model';
import { stackLanes } from './bands';
import { placeColumns } from './columns';
import { rankGraph, ranksFromElk } from './elkPass';
import { phasedRanks } from './ranks';
import { assignTracks, routeEdges, type AbstractRoute, type RoutedNode } from './router';
import { SPACING_VALUES, type SpacingValues } from './spacing';
import type { LayoutEngine, LayoutInput, LayoutResult, Spacing } from './types';

/**
 * An edge's label sits on its first leg, in the channel after the source's rank, or in the middle
 * of a straight line (labelPoint.ts). That channel must fit the label beside every track. Straight
 * runs past other ranks keep `clearance` on both sides, which fits a one-line label's height:
 * with horizontal lanes no label covers a step.
 */
function labelRoom(input: LayoutInput, routes: AbstractRoute[], nodes: Map<string, RoutedNode>, tracks: Map<number, number>, sp: SpacingValues): Map<number, number> {
  const labelOf = new Map(input.edges.filter((e) => e.label).map((e) => [e.id, e.label!]));
  const room = new Map<number, number>();
  for (const r of routes) {
    const label = labelOf.get(r.edgeId);
    if (!label) continue;
    const channel = r.legs[0]?.channel ?? nodes.get(r.source)!.rank;
    const spread = Math.max(0, (tracks.get(channel) ?? 1) - 1) * sp.track;
    room.set(channel, Math.max(room.get(channel) ?? 0, label.along + 2 * sp.clearance + spread));
  }
  return room;
}

export async function layoutProcess(input: LayoutInput, engine: LayoutEngine, spacing: Spacing = 'normal'): Promise<LayoutResult> {
  const t0 = performance.now();
  const sp = SPACING_VALUES[spacing];
  const { graph, degraded } = rankGraph(input);
  const elkResult = input.nodes.length > 0 ? await engine.layout(graph) : graph;
  const elkMs = performance.now() - t0;
  const elk = ranksFromElk(elkResult);
  const { rank, rankPhase } = phasedRanks(input, elk);
  const bands = stackLanes(input, rank, elk, sp);

  const routed = new Map<string, RoutedNode>();
  const rankWidth = rankPhase.map(() => 0);
  for (const n of input.nodes) {
    const top = bands.laneStart.get(n.laneId)! + bands.top.get(n.id)!;
    const r = rank.get(n.id)!;
    routed.set(n.id, { id: n.id, rank: r, top, bottom: top + n.size.across });
    rankWidth[r] = Math.max(rankWidth[r]!, n.size.along);
  }
  const acrossEnd = [...bands.laneSize.values()].reduce((a, b) => a + b, 0);
  const routes = routeEdges(routed, input.edges, rankWidth.length, [sp.track, acrossEnd - sp.track], sp);
  const { trackOf, tracks } = assignTracks(routes, sp.track);
  const columns = placeColumns(rankWidth, rankPhase, input.phases.length, tracks, labelRoom(input, routes, routed, tracks, sp), sp);

  const horizontal = input.orientation === 'horizontal';
  const nodes: Record<string, NodeGeometry> = {};
  for (const n of input.nodes) {
    const r = rank.get(n.id)!;
    const x = columns.rankStart[r]! + (columns.rankWidth[r]! - n.size.along) / 2;
    const [w, h] = horizontal ? [n.size.along, n.size.across] : [n.size.across, n.size.along];
    nodes[n.id] = { x, y: bands.top.get(n.id)!, w, h };
  }
  const edgeRoutes: Record<string, Point[]> = {};
  for (const route of routes) {
    edgeRoutes[route.edgeId] = route.legs.flatMap((leg) => {
      const { start, width } = columns.channel(leg.channel);
      const count = tracks.get(leg.channel) ?? 1;
      const x = start + width / 2 + (trackOf.get(leg)! - (count - 1) / 2) * sp.track;
      return horizontal
        ? [{ x, y: leg.y1 }, { x, y: leg.y2 }]
        : [{ x: leg.y1, y: x }, { x: leg.y2, y: x }];
    });
  }
  return {
    nodes,
    laneSizes: Object.fromEntries(bands.laneSize),
    phaseSizes: Object.fromEntries(input.phases.map((id, p) => [id, columns.phaseSizes[p]!])),
    edgeRoutes,
    stats: { ranks: rankWidth.length, elkMs, totalMs: performance.now() - t0, degraded },
  };
}
