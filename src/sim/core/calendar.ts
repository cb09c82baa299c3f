// A lane's daily working hours. Time is in minutes from midnight of the first simulated day;
// every day has the same opening [open, close). Work is only started while the lane is open;
// durations given in working days run on this calendar (see compile/units.ts).

export const MINUTES_PER_DAY = 1440;

export class Calendar {
  /** Working minutes in one day. */
  readonly length: number;

  constructor(
    readonly open: number,
    readonly close: number,
  ) {
    this.length = close - open;
  }

  isOpen(t: number): boolean {
    const m = t - Math.floor(t / MINUTES_PER_DAY) * MINUTES_PER_DAY;
    return m >= this.open && m < this.close;
  }

  /** The first moment at or after `t` when the lane is open. */
  nextOpen(t: number): number {
    const day = Math.floor(t / MINUTES_PER_DAY) * MINUTES_PER_DAY;
    const m = t - day;
    if (m < this.open) return day + this.open;
    if (m < this.close) return t;
    return day + MINUTES_PER_DAY + this.open;
  }

  /** Working minutes from time 0 up to `t`. */
  workedBy(t: number): number {
    const days = Math.floor(t / MINUTES_PER_DAY);
    const m = t - days * MINUTES_PER_DAY;
    return days * this.length + Math.min(Math.max(m - this.open, 0), this.length);
  }

  /** Open minutes within [a, b]. */
  openBetween(a: number, b: number): number {
    return this.workedBy(b) - this.workedBy(a);
  }

  /** The moment `work` working minutes after `t` (work that does not fit today goes on tomorrow). */
  addWorkingTime(t: number, work: number): number {
    if (work <= 0) return t;
    const target = this.workedBy(t) + work;
    // A target on a day boundary ends at that day's closing time, not the next day's opening.
    const day = Math.ceil(target / this.length) - 1;
    return day * MINUTES_PER_DAY + this.open + (target - day * this.length);
  }
}
