// Averages over replications with 95 % confidence intervals (Student's t), applied to every
// number of a figures tree; ids and other strings pass through from the first run.

export type Estimate = {
  mean: number;
  /** Half-width of the 95 % confidence interval (0 with one replication: no spread known). */
  half: number;
  n: number;
};

/** The same shape as T with every number replaced by an Estimate. */
export type Estimated<T> = T extends number
  ? Estimate
  : T extends string
    ? T
    : T extends (infer U)[]
      ? Estimated<U>[]
      : { [K in keyof T]: Estimated<T[K]> };

/** t(0.975, df) for df = 1…30. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101,
  2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
const Z_975 = 1.959964;

/** The 97.5 % quantile of Student's t with `df` degrees of freedom (Cornish–Fisher above 30). */
export function tQuantile975(df: number): number {
  if (df <= T_975.length) return T_975[df - 1]!;
  return Z_975 + (Z_975 ** 3 + Z_975) / (4 * df);
}

export function estimate(values: number[]): Estimate {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, half: 0, n };
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  return { mean, half: tQuantile975(n - 1) * Math.sqrt(variance / n), n };
}

/** Estimates for every number of `runs` (which must share one shape, as KeyFigures do). */
export function estimateAll<T>(runs: T[]): Estimated<T> {
  return combine(runs as unknown[]) as Estimated<T>;
}

function combine(values: unknown[]): unknown {
  const first = values[0];
  if (typeof first === 'number') return estimate(values as number[]);
  if (Array.isArray(first)) return first.map((_, i) => combine(values.map((v) => (v as unknown[])[i])));
  if (first !== null && typeof first === 'object') {
    return Object.fromEntries(Object.keys(first).map((k) => [k, combine(values.map((v) => (v as Record<string, unknown>)[k]))]));
  }
  return first;
}

/** b − a for every number of two trees of one shape (strings are taken from a). */
export function difference<T>(a: T, b: T): T {
  if (typeof a === 'number') return ((b as number) - a) as T;
  if (Array.isArray(a)) return a.map((x, i) => difference(x, (b as unknown[])[i])) as T;
  if (a !== null && typeof a === 'object') {
    return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, difference(v, (b as Record<string, unknown>)[k])])) as T;
  }
  return a;
}

/** The means of an estimated tree, back in the original shape. */
export function meansOf<T>(tree: Estimated<T>): T {
  return mapEstimates(tree, (e) => e.mean) as T;
}

function mapEstimates(tree: unknown, f: (e: Estimate) => number): unknown {
  if (Array.isArray(tree)) return tree.map((x) => mapEstimates(x, f));
  if (tree !== null && typeof tree === 'object') {
    if ('half' in tree && 'mean' in tree && 'n' in tree) return f(tree as Estimate);
    return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, mapEstimates(v, f)]));
  }
  return tree;
}
