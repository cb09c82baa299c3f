// Streaming distribution of non-negative values (minutes) in fixed log-linear buckets: 16 buckets
// per power of two from 2⁻¹⁰ to 2²² minutes (≈ 0.06 s to 8 years), so any quantile is known to
// within one bucket (≤ 4.5 % of the value) in 4 KB, however many values are added. The bucket
// comes from the float's exponent and top mantissa bits, without a logarithm.

const SUB_BITS = 4;
const SUBS = 1 << SUB_BITS;
const MIN_EXP = -10;
const MAX_EXP = 22;
/** Bucket 0 holds values below 2^MIN_EXP (and zeros); the last holds everything above the range. */
const BUCKETS = (MAX_EXP - MIN_EXP) * SUBS + 2;
const SMALLEST = 2 ** MIN_EXP;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HIGH = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;

function bucketOf(value: number): number {
  if (value < SMALLEST) return 0;
  bits[0] = value;
  const high = words[HIGH]!;
  const index = (((high >>> 20) - 1023 - MIN_EXP) << SUB_BITS) + ((high >>> (20 - SUB_BITS)) & (SUBS - 1)) + 1;
  return index < BUCKETS ? index : BUCKETS - 1;
}

/** Lower edge of bucket i ≥ 1. */
const lowerEdge = (i: number) => 2 ** (MIN_EXP + Math.floor((i - 1) / SUBS)) * (1 + ((i - 1) % SUBS) / SUBS);

export class LogHistogram {
  readonly counts = new Float64Array(BUCKETS);
  count = 0;
  sum = 0;
  max = 0;
  min = Infinity;

  add(value: number): void {
    this.counts[bucketOf(value)]! += 1;
    this.count++;
    this.sum += value;
    if (value > this.max) this.max = value;
    if (value < this.min) this.min = value;
  }

  reset(): void {
    this.counts.fill(0);
    this.count = 0;
    this.sum = 0;
    this.max = 0;
    this.min = Infinity;
  }

  get mean(): number {
    return this.count > 0 ? this.sum / this.count : 0;
  }

  /** The q-quantile (0–1), interpolated within its bucket and kept inside [min, max]; 0 when empty. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = q * this.count;
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      const c = this.counts[i]!;
      if (c === 0 || seen + c < rank) {
        seen += c;
        continue;
      }
      // Values below the range (mostly zeros: no wait at all) are reported as the smallest seen.
      if (i === 0) return this.min;
      const lo = lowerEdge(i);
      const hi = i === BUCKETS - 1 ? this.max : lowerEdge(i + 1);
      const value = lo + ((hi - lo) * (rank - seen)) / c;
      return Math.min(this.max, Math.max(this.min, value));
    }
    return this.max;
  }

  /** Up to `n` equal-width bars from 0 to the 99th percentile (the rest in the last bar). */
  bars(n: number): { from: number; to: number; count: number }[] {
    if (this.count === 0) return [];
    const top = Math.max(this.quantile(0.99), this.min, SMALLEST);
    const width = niceStep(top / n);
    const bars = Array.from({ length: Math.max(1, Math.ceil(top / width)) }, (_, i) => ({ from: i * width, to: (i + 1) * width, count: 0 }));
    for (let i = 0; i < BUCKETS; i++) {
      const c = this.counts[i]!;
      if (c === 0) continue;
      const middle = i === 0 ? 0 : i === BUCKETS - 1 ? this.max : (lowerEdge(i) + lowerEdge(i + 1)) / 2;
      bars[Math.min(bars.length - 1, Math.floor(middle / width))]!.count += c;
    }
    return bars;
  }
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}
