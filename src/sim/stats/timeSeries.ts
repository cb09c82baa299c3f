// The time-average of a level (e.g. cases in progress) over a run of unknown length, in at most
// `bins` equal bins: when time runs past the last bin, neighbouring bins are merged and the bin
// width doubles. Memory stays fixed however long the run.
export class TimeSeries {
  private areas: Float64Array;
  private width: number;
  private start = 0;

  constructor(
    /** An even number, so bins can be merged in pairs. */
    private readonly bins = 120,
    initialWidth = 15,
  ) {
    this.areas = new Float64Array(bins);
    this.width = initialWidth;
  }

  /** Restarts the series at time `t` (end of the warm-up). */
  reset(t: number): void {
    this.areas.fill(0);
    this.start = t;
  }

  /** Adds `level` held constant over [from, to). */
  add(from: number, to: number, level: number): void {
    while (to - this.start > this.bins * this.width) this.double();
    if (level === 0 || to <= from) return;
    let a = from - this.start;
    const b = to - this.start;
    while (a < b) {
      const bin = Math.floor(a / this.width);
      const end = Math.min(b, (bin + 1) * this.width);
      this.areas[bin]! += level * (end - a);
      a = end;
    }
  }

  /** Average level per bin up to `end`, with the bin width in minutes. */
  values(end: number): { start: number; width: number; values: number[] } {
    const used = Math.min(this.bins, Math.ceil((end - this.start) / this.width));
    const values = Array.from({ length: used }, (_, i) => {
      const span = Math.min(this.width, end - this.start - i * this.width);
      return span > 0 ? this.areas[i]! / span : 0;
    });
    return { start: this.start, width: this.width, values };
  }

  private double(): void {
    const half = this.bins / 2;
    for (let i = 0; i < half; i++) this.areas[i] = this.areas[2 * i]! + this.areas[2 * i + 1]!;
    this.areas.fill(0, half);
    this.width *= 2;
  }
}
