// Layout benchmark: our whole swimlane layout (ELK pass + lane bands + routing + columns) against
// ELK's plain layered layout of the same graph, in Node (elkjs in-process, as in the tests), for
// 100 / 500 / 1,000 / 2,000 steps over 8 lanes, without and with 4 phases. Each figure is the
// median of RUNS runs after one warm-up run of the same size (JIT), on fresh documents.
//
//   npm run bench:layout
//
// Last line: BENCH layout {"figure":…,"baseline":…,"ratio":…,"target":1.3,"met":…} for 1,000 steps
// (figure: ours, baseline: plain ELK, ms); the 500-step time must also be under 1 s to be "met".
import os from 'node:os';
import { createInProcessEngine } from '../src/layout/engine/elkInProcess';
import { layoutInputOf, layoutProcess } from '../src/layout';
import { plainGraph } from '../src/layout/elkPass';
import { generateProcess } from '../src/layout/testProcesses';
import { cpuSample, foreignCores, waitForQuiet } from './support.mjs';

const SIZES = [100, 500, 1000, 2000];
const RUNS = 3;
const TARGET_RATIO = 1.3;
const TARGET_500_MS = 1000;
const engine = createInProcessEngine();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function measure(steps: number, phases: number) {
  await waitForQuiet({ maxMs: 30_000, cores: 0.25 });
  const c0 = cpuSample();
  const input = () => layoutInputOf(generateProcess({ steps, lanes: 8, phases, seed: steps + phases }), () => undefined);
  await layoutProcess(input(), engine);
  await engine.layout(plainGraph(input()));
  const ours: number[] = [];
  const plain: number[] = [];
  let elkShare = 0;
  for (let i = 0; i < RUNS; i++) {
    const a = input();
    let elkMs = 0;
    ours.push(await time(async () => (elkMs = (await layoutProcess(a, engine)).stats.elkMs)));
    elkShare = elkMs;
    const b = input();
    plain.push(await time(() => engine.layout(plainGraph(b))));
  }
  const edges = input().edges.length;
  const ratio = Math.round((median(ours) / median(plain)) * 100) / 100;
  return { steps, phases, edges, ours: round(median(ours)), elkPart: round(elkShare), plain: round(median(plain)), ratio, foreign: round(foreignCores(c0, cpuSample())) };
}

const rows = [];
for (const phases of [0, 4]) for (const steps of SIZES) rows.push(await measure(steps, phases));
console.log(`Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model}), elkjs in-process, median of ${RUNS} runs`);
console.table(rows.map((r) => ({ steps: r.steps, phases: r.phases, edges: r.edges, 'ours ms': r.ours, 'of which ELK ms': r.elkPart, 'plain ELK ms': r.plain, ratio: r.ratio, 'other load (cores)': r.foreign })));
const main = rows.find((r) => r.steps === 1000 && r.phases === 0)!;
const at500 = rows.filter((r) => r.steps === 500);
const met = rows.every((r) => r.ratio <= TARGET_RATIO) && at500.every((r) => r.ours < TARGET_500_MS);
console.log(`Targets: ratio ≤ ${TARGET_RATIO} at every size; 500 steps under ${TARGET_500_MS} ms (${at500.map((r) => `${r.ours} ms with ${r.phases} phases`).join(', ')}).`);
console.log(`BENCH layout ${JSON.stringify({ figure: main.ours, baseline: main.plain, ratio: main.ratio, target: TARGET_RATIO, met })}`);
