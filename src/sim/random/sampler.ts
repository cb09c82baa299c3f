// Draws durations from the document's distributions. A Sampler is built once per random element
// and keeps its own stream; values come out already converted to minutes (`scale`).
import type { Distribution } from '../../model';
import type { RandomStream } from './rng';

const FIXED = 0;
const UNIFORM = 1;
const TRIANGULAR = 2;
const EXPONENTIAL = 3;
const NORMAL = 4;
const LOGNORMAL = 5;

/** Exponential with the given mean, from a uniform u on [0, 1): 1 − u is never 0. */
export const exponential = (stream: RandomStream, mean: number) => -mean * Math.log(1 - stream.next());

/** A standard normal value (Box–Muller); one uniform pair per value keeps streams in step. */
export function standardNormal(stream: RandomStream): number {
  const u = 1 - stream.next();
  const v = stream.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export class Sampler {
  private readonly kind: number;
  private readonly p1: number;
  private readonly p2: number;
  private readonly p3: number;

  constructor(
    dist: Distribution,
    private readonly stream: RandomStream,
    /** Minutes per unit of the distribution's values. */
    private readonly scale: number,
  ) {
    switch (dist.kind) {
      case 'fixed':
        [this.kind, this.p1, this.p2, this.p3] = [FIXED, dist.value, 0, 0];
        break;
      case 'uniform':
        [this.kind, this.p1, this.p2, this.p3] = [UNIFORM, dist.min, dist.max, 0];
        break;
      case 'triangular':
        [this.kind, this.p1, this.p2, this.p3] = [TRIANGULAR, dist.min, dist.mode, dist.max];
        break;
      case 'exponential':
        [this.kind, this.p1, this.p2, this.p3] = [EXPONENTIAL, dist.mean, 0, 0];
        break;
      case 'normal':
        [this.kind, this.p1, this.p2, this.p3] = [NORMAL, dist.mean, dist.sd, 0];
        break;
      case 'lognormal': {
        // The document gives the mean m and sd s of the values; the log has
        // σ² = ln(1 + s²/m²) and μ = ln m − σ²/2.
        const variance = Math.log(1 + (dist.sd * dist.sd) / (dist.mean * dist.mean));
        [this.kind, this.p1, this.p2, this.p3] = [LOGNORMAL, Math.log(dist.mean) - variance / 2, Math.sqrt(variance), 0];
        break;
      }
    }
  }

  /** The next value, in minutes. */
  sample(): number {
    return this.draw() * this.scale;
  }

  private draw(): number {
    switch (this.kind) {
      case FIXED:
        return this.p1;
      case UNIFORM:
        return this.p1 + (this.p2 - this.p1) * this.stream.next();
      case TRIANGULAR:
        return triangular(this.stream.next(), this.p1, this.p2, this.p3);
      case EXPONENTIAL:
        return exponential(this.stream, this.p1);
      case NORMAL:
        return truncatedNormal(this.stream, this.p1, this.p2);
      default:
        return Math.exp(this.p1 + this.p2 * standardNormal(this.stream));
    }
  }
}

/** Inverse of the triangular distribution function. */
function triangular(u: number, min: number, mode: number, max: number): number {
  const width = max - min;
  if (width <= 0) return min;
  const cut = (mode - min) / width;
  return u < cut ? min + Math.sqrt(u * width * (mode - min)) : max - Math.sqrt((1 - u) * width * (max - mode));
}

/** A normal value conditioned on being ≥ 0 (redrawn while negative; mean ≥ 0 keeps that cheap). */
function truncatedNormal(stream: RandomStream, mean: number, sd: number): number {
  if (sd === 0) return Math.max(0, mean);
  for (;;) {
    const x = mean + sd * standardNormal(stream);
    if (x >= 0) return x;
  }
}
