// Positions along the flow: each rank is a column as wide as its widest step; the channel after
// it is wide enough for its edge tracks; phases get a margin at both ends, and phases without
// steps keep a minimum width.
import { DEFAULT_PHASE_SIZE, MIN_PHASE_SIZE } from '../model';
import type { SpacingValues } from './spacing';

export type Columns = {
  rankStart: number[];
  rankWidth: number[];
  /** Start and width of the channel after each rank; index 0 is the channel before rank 0. */
  channel: (rank: number) => { start: number; width: number };
  /** Width of each phase, in phase order. */
  phaseSizes: number[];
};

export function placeColumns(
  rankWidth: number[],
  rankPhase: number[],
  phaseCount: number,
  tracks: Map<number, number>,
  /** Width a channel needs for the edge labels in it. */
  labelRoom: Map<number, number>,
  sp: SpacingValues,
): Columns {
  const need = (c: number, min: number) => Math.max(min, ((tracks.get(c) ?? 0) + 1) * sp.track, labelRoom.get(c) ?? 0);
  const rankStart: number[] = [];
  const channels = new Map<number, { start: number; width: number }>();
  const boundaries: number[] = [0]; // phase starts, then the end of the last phase
  const firstPhase = rankPhase[0] ?? phaseCount;
  for (let p = 0; p < Math.min(firstPhase, phaseCount); p++) boundaries.push(boundaries.at(-1)! + (rankWidth.length ? MIN_PHASE_SIZE : DEFAULT_PHASE_SIZE));
  let x = boundaries.at(-1)!;
  const before = need(-1, sp.margin);
  channels.set(-1, { start: x, width: before });
  x += before;
  rankWidth.forEach((width, r) => {
    rankStart.push(x);
    x += width;
    const next = rankPhase[r + 1];
    const crossing = next !== undefined && next !== rankPhase[r];
    const skipped = crossing ? next - rankPhase[r]! - 1 : 0;
    const base = next === undefined ? need(r, sp.margin) : need(r, sp.rankGap) + (crossing ? 2 * sp.margin : 0);
    const width2 = base + skipped * MIN_PHASE_SIZE;
    channels.set(r, { start: x, width: width2 });
    if (crossing) for (let i = 0; i <= skipped; i++) boundaries.push(x + base / 2 + i * MIN_PHASE_SIZE);
    x += width2;
  });
  if (phaseCount > 0 && rankWidth.length > 0) boundaries.push(x);
  while (boundaries.length < phaseCount + 1) boundaries.push(boundaries.at(-1)! + (rankWidth.length ? MIN_PHASE_SIZE : DEFAULT_PHASE_SIZE));
  const phaseSizes = Array.from({ length: phaseCount }, (_, p) => boundaries[p + 1]! - boundaries[p]!);
  return { rankStart, rankWidth, channel: (c) => channels.get(c)!, phaseSizes };
}
