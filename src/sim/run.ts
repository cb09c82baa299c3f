// One run (one replication of one scenario): the document compiled with a seed, stepped until
// it finishes, and its results.
import type { ProcessDocument, Scenario } from '../model';
import { simulationOf } from '../model';
import { compileModel } from './compile/compile';
import { Simulation } from './engine/simulation';
import { Recorder, type RecordOptions, type Recording } from './record/recording';
import type { KeyFigures } from './stats/keyFigures';
import type { Variant } from './stats/variants';

export type RunOptions = {
  /** Defaults to the document's seed. */
  seed?: number;
  scenario?: Scenario | null;
  /** Record a replay stream and event log for some cases. */
  record?: RecordOptions | null;
};

export type Bar = { from: number; to: number; count: number };

export type RunResult = {
  seed: number;
  /** Events processed (the measure of work for benchmarks). */
  events: number;
  /** Minutes from the start to the end of the run. */
  end: number;
  figures: KeyFigures;
  /** Cycle times of the finished cases, as bars (minutes). */
  cycleBars: Bar[];
  /** Cases in progress over time (average per bin). */
  wip: { start: number; width: number; values: number[] };
  /** The paths finished cases took, most frequent first. */
  paths: { variants: Variant[]; otherCases: number };
  recording: Recording | null;
};

export type Run = {
  /** Processes at most `maxEvents` events; true when the run is over. */
  advance(maxEvents: number): boolean;
  progress(): number;
  /** Events processed so far. */
  events(): number;
  /** The results; only once `advance` has returned true. */
  result(): RunResult;
};

const CYCLE_BARS = 20;
const TOP_PATHS = 20;

export function createRun(doc: ProcessDocument, options: RunOptions = {}): Run {
  const seed = options.seed ?? simulationOf(doc).seed;
  const recorder = options.record ? new Recorder(options.record) : null;
  const sim = new Simulation(compileModel(doc, seed, options.scenario ?? null), recorder);
  return {
    advance: (maxEvents) => sim.advance(maxEvents),
    progress: () => sim.progress(),
    events: () => sim.events,
    result: () => {
      if (!sim.done) throw new Error('The run has not finished');
      return {
        seed,
        events: sim.events,
        end: sim.end,
        figures: sim.stats.figures(sim.end, sim.cases.pool.live),
        cycleBars: sim.stats.cycle.bars(CYCLE_BARS),
        wip: sim.stats.wipSeries.values(sim.end),
        paths: sim.stats.variants.top(TOP_PATHS, sim.m.nodeIds),
        recording: recorder?.recording() ?? null,
      };
    },
  };
}

/** Runs to the end in one go (tests, benchmarks, small runs). */
export function simulate(doc: ProcessDocument, options: RunOptions = {}): RunResult {
  const run = createRun(doc, options);
  while (!run.advance(1_000_000));
  return run.result();
}
