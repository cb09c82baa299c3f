// Lane bands (our code, since ELK cannot keep steps in lanes): in each lane, the steps sharing a
// rank are stacked in rows. A step takes the row of a step before it in the same lane when that
// row is free, so a lane's main line stays straight. Rows of a lane share one height, and a
// step is centred in its row, so steps in one row line up on their centres.
import { MIN_LANE_SIZE } from '../model';
import type { RankOrder } from './elkPass';
import type { SpacingValues } from './spacing';
import type { LayoutInput, LayoutNode } from './types';

export type Bands = {
  /** Size of each lane across the flow, in the input's lane order. */
  laneSize: Map<string, number>;
  laneStart: Map<string, number>;
  /** Top of each step across the flow, relative to its lane's top. */
  top: Map<string, number>;
};

export function stackLanes(input: LayoutInput, rank: Map<string, number>, elk: RankOrder, sp: SpacingValues): Bands {
  const byLane = new Map<string, LayoutNode[]>(input.lanes.map((id) => [id, []]));
  for (const n of input.nodes) byLane.get(n.laneId)?.push(n);
  const preds = predecessors(input);
  const laneSize = new Map<string, number>();
  const laneStart = new Map<string, number>();
  const top = new Map<string, number>();
  let start = 0;
  for (const laneId of input.lanes) {
    const nodes = byLane.get(laneId)!;
    const rowOf = assignRows(nodes, rank, elk.order, preds);
    const rowSize = Math.max(0, ...nodes.map((n) => n.size.across));
    const rows = Math.max(0, ...rowOf.values()) + (nodes.length > 0 ? 1 : 0);
    for (const n of nodes) {
      top.set(n.id, sp.lanePadding + rowOf.get(n.id)! * (rowSize + sp.rowGap) + (rowSize - n.size.across) / 2);
    }
    const size = Math.max(MIN_LANE_SIZE, 2 * sp.lanePadding + rows * rowSize + Math.max(0, rows - 1) * sp.rowGap);
    laneSize.set(laneId, size);
    laneStart.set(laneId, start);
    start += size;
  }
  return { laneSize, laneStart, top };
}

/** Row of each step of one lane: its predecessor's row when free there, else the next free one. */
function assignRows(nodes: LayoutNode[], rank: Map<string, number>, order: Map<string, number>, preds: Map<string, string[]>): Map<string, number> {
  const sorted = [...nodes].sort((a, b) => rank.get(a.id)! - rank.get(b.id)! || order.get(a.id)! - order.get(b.id)!);
  const rowOf = new Map<string, number>();
  const used = new Map<number, Set<number>>(); // rank → rows taken
  for (const n of sorted) {
    const r = rank.get(n.id)!;
    const taken = used.get(r) ?? new Set<number>();
    used.set(r, taken);
    const wanted = (preds.get(n.id) ?? []).map((p) => rowOf.get(p)).find((row) => row !== undefined && !taken.has(row)) ?? 0;
    let row = wanted;
    while (taken.has(row)) row += 1;
    taken.add(row);
    rowOf.set(n.id, row);
  }
  return rowOf;
}

function predecessors(input: LayoutInput): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of input.edges) out.set(e.target, [...(out.get(e.target) ?? []), e.source]);
  return out;
}
