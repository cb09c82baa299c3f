// Seeded random numbers: xoshiro128** (Blackman & Vigna, 2018) for the streams, seeded through
// splitmix32 as its authors recommend. Each random element of a model (an arrival stream, a
// step's duration, a decision) draws from its own stream, keyed by the element's id, so changing
// one element leaves every other element's numbers untouched (common random numbers).

/** splitmix32: one step of the generator used to expand seeds (a good 32-bit mixer). */
export function splitmix32(state: number): { value: number; state: number } {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return { value: (z ^ (z >>> 16)) >>> 0, state: next };
}

/** FNV-1a hash of a string (stream keys such as "duration:n_reg"). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The seed of replication `index` of an experiment whose base seed is `seed`. */
export function replicationSeed(seed: number, index: number): number {
  let state = seed >>> 0;
  let value = 0;
  for (let i = 0; i <= index; i++) ({ value, state } = splitmix32(state));
  return value;
}

const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/** One xoshiro128** stream. `next()` is uniform on [0, 1) with 32 random bits. */
export class RandomStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, key = 0) {
    let state = (seed ^ Math.imul(key, 0x9e3779b1)) | 0;
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const step = splitmix32(state);
      state = step.state;
      words.push(step.value | 0);
    }
    [this.a, this.b, this.c, this.d] = words as [number, number, number, number];
    // An all-zero state would only produce zeros; splitmix32 makes it practically impossible.
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** A stream with an explicit state, for checking the generator against published outputs. */
  static fromState(a: number, b: number, c: number, d: number): RandomStream {
    const stream = new RandomStream(0);
    [stream.a, stream.b, stream.c, stream.d] = [a | 0, b | 0, c | 0, d | 0];
    return stream;
  }

  /** The next 32-bit output as an unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9);
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result >>> 0;
  }

  next(): number {
    return this.nextUint32() * TWO_TO_MINUS_32;
  }
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

/** The stream of one random element of a model run with `seed`. */
export const streamFor = (seed: number, key: string) => new RandomStream(seed, hashString(key));
