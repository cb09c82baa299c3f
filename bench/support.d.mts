// Types for the parts of support.mjs that TypeScript benchmarks use.
export type CpuSample = unknown;
export function cpuSample(): CpuSample;
/** Cores other processes used between two samples. */
export function foreignCores(a: CpuSample, b: CpuSample): number;
export function waitForQuiet(options: { maxMs: number; cores: number }): Promise<unknown>;
