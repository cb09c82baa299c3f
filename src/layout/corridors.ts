// Free horizontal corridors across a run of ranks: the across positions where an edge can run
// along the flow without touching a step, and the corridors edges already took (so two edges do
// not run on top of each other).
export type Interval = [number, number];

export class Corridors {
  /** Per rank, the across intervals steps block (with clearance), sorted by start. */
  private blocked: Interval[][];
  private taken: { y: number; from: number; to: number }[] = [];

  constructor(
    blocked: Interval[][],
    private bounds: Interval,
    private track: number,
  ) {
    this.blocked = blocked.map((list) => [...list].sort((a, b) => a[0] - b[0]));
  }

  /** True when `y` crosses no step in ranks from..to and no corridor already taken there. */
  isFree(y: number, from: number, to: number): boolean {
    for (let r = from; r <= to; r++) for (const [lo, hi] of this.blocked[r] ?? []) if (y > lo && y < hi) return false;
    return !this.overlapsTaken(y, from, to);
  }

  /** Records that an edge runs at `y` over ranks from..to. */
  take(y: number, from: number, to: number) {
    this.taken.push({ y, from, to });
  }

  /** The free across position nearest to `prefer` over ranks from..to, and takes it. */
  pick(prefer: number, from: number, to: number): number {
    const gaps = this.gaps(from, to);
    const candidates = gaps
      .map(([lo, hi]) => ({ lo, hi, y: Math.min(hi, Math.max(lo, prefer)) }))
      .sort((a, b) => Math.abs(a.y - prefer) - Math.abs(b.y - prefer) || a.y - b.y);
    for (const c of candidates) {
      for (let i = 0; i <= 8; i++) {
        const step = Math.ceil(i / 2) * this.track * (i % 2 === 0 ? 1 : -1);
        const y = c.y + step;
        if (y < c.lo || y > c.hi || this.overlapsTaken(y, from, to)) continue;
        this.take(y, from, to);
        return y;
      }
    }
    const y = candidates[0]?.y ?? this.bounds[0];
    this.take(y, from, to);
    return y;
  }

  private overlapsTaken(y: number, from: number, to: number): boolean {
    return this.taken.some((t) => Math.abs(t.y - y) < this.track / 2 && t.from <= to && from <= t.to);
  }

  /** Free intervals across ranks from..to, inside the bounds. */
  private gaps(from: number, to: number): Interval[] {
    const all: Interval[] = [];
    for (let r = from; r <= to; r++) all.push(...(this.blocked[r] ?? []));
    all.sort((a, b) => a[0] - b[0]);
    const out: Interval[] = [];
    let cursor = this.bounds[0];
    for (const [lo, hi] of all) {
      if (lo > cursor) out.push([cursor, Math.min(lo, this.bounds[1])]);
      cursor = Math.max(cursor, hi);
    }
    if (cursor < this.bounds[1]) out.push([cursor, this.bounds[1]]);
    return out.filter(([lo, hi]) => hi >= lo);
  }
}
