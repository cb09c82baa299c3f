// The paths cases take (the order of the steps they went through), counted per distinct path.
// Bounded: paths are kept up to MAX_PATH steps, and once MAX_TRACKED distinct paths are known,
// cases on further new paths are only counted as "other".

export const MAX_PATH = 64;
const MAX_TRACKED = 1000;

export type Variant = {
  /** Node ids in the order the case entered them (parallel branches interleaved by time). */
  path: string[];
  /** The case went through more than MAX_PATH steps; `path` holds the first ones. */
  truncated: boolean;
  cases: number;
  cycleMean: number;
};

type Entry = { path: Int32Array; truncated: boolean; cases: number; cycleSum: number };

export class PathVariants {
  /** Hash of the path → the paths with that hash (almost always one). */
  private readonly byHash = new Map<number, Entry[]>();
  private tracked = 0;
  private other = 0;

  add(buffer: Int32Array, offset: number, steps: number, cycle: number): void {
    const length = Math.min(steps, MAX_PATH);
    const truncated = steps > MAX_PATH;
    let hash = truncated ? 0x811c9dc5 ^ 1 : 0x811c9dc5;
    for (let i = offset; i < offset + length; i++) hash = Math.imul(hash ^ buffer[i]!, 0x01000193);
    const bucket = this.byHash.get(hash);
    let entry = bucket?.find((e) => e.truncated === truncated && samePath(e.path, buffer, offset, length));
    if (!entry) {
      if (this.tracked >= MAX_TRACKED) {
        this.other++;
        return;
      }
      entry = { path: buffer.slice(offset, offset + length), truncated, cases: 0, cycleSum: 0 };
      if (bucket) bucket.push(entry);
      else this.byHash.set(hash, [entry]);
      this.tracked++;
    }
    entry.cases++;
    entry.cycleSum += cycle;
  }

  reset(): void {
    this.byHash.clear();
    this.tracked = 0;
    this.other = 0;
  }

  /** The `n` most taken paths, and how many cases took any other. */
  top(n: number, nodeIds: string[]): { variants: Variant[]; otherCases: number } {
    const sorted = [...this.byHash.values()].flat().sort((a, b) => b.cases - a.cases);
    const variants = sorted.slice(0, n).map((e) => ({
      path: Array.from(e.path, (i) => nodeIds[i]!),
      truncated: e.truncated,
      cases: e.cases,
      cycleMean: e.cycleSum / e.cases,
    }));
    const rest = sorted.slice(n).reduce((a, e) => a + e.cases, 0);
    return { variants, otherCases: rest + this.other };
  }
}

function samePath(path: Int32Array, buffer: Int32Array, offset: number, length: number): boolean {
  if (path.length !== length) return false;
  for (let i = 0; i < length; i++) if (path[i] !== buffer[offset + i]) return false;
  return true;
}
