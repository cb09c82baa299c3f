// An experiment: the process as drawn and each chosen scenario, each run `replications` times.
// Replication r of every scenario uses the same seed (common random numbers), so differences
// between scenarios come from the changes, not from luck; they are estimated pairwise.
import { simulationOf, type ProcessDocument, type Scenario, type ScenarioId } from '../../model';
import { detectFindings } from '../findings/detectFindings';
import type { SimFinding } from '../findings/simFinding';
import { replicationSeed } from '../random/rng';
import type { RecordOptions } from '../record/recording';
import { createRun, type Run, type RunResult } from '../run';
import type { KeyFigures } from '../stats/keyFigures';
import { difference, estimateAll, meansOf, type Estimated } from './estimate';

export type ExperimentRequest = {
  doc: ProcessDocument;
  /** Defaults to the document's settings. */
  replications?: number;
  seed?: number;
  /** Scenarios to compare with the process as drawn (default: all of the document's). */
  scenarioIds?: ScenarioId[];
  /** Replay stream and event log of the first replication of the process as drawn. */
  record?: RecordOptions | null;
};

export type ScenarioResult = {
  /** null: the process as drawn. */
  scenario: { id: ScenarioId; name: string } | null;
  estimate: Estimated<KeyFigures>;
  findings: SimFinding[];
  /** The first replication in full (histogram, work in progress over time, recording). */
  first: RunResult;
  /** Key figures of each replication. */
  runs: KeyFigures[];
  /** Scenarios only: scenario − process as drawn, paired by replication. */
  difference: Estimated<KeyFigures> | null;
};

export type ExperimentResult = { replications: number; seed: number; events: number; base: ScenarioResult; scenarios: ScenarioResult[] };

export type ExperimentProgress = { run: number; runs: number; fraction: number };

export type Experiment = {
  /** Processes at most `maxEvents` events; true when every run is done. */
  advance(maxEvents: number): boolean;
  progress(): ExperimentProgress;
  result(): ExperimentResult;
};

export function createExperiment(request: ExperimentRequest): Experiment {
  const settings = simulationOf(request.doc);
  const replications = request.replications ?? settings.replications;
  const seed = request.seed ?? settings.seed;
  const wanted = request.scenarioIds ? new Set(request.scenarioIds) : null;
  const variants: (Scenario | null)[] = [null, ...settings.scenarios.filter((s) => !wanted || wanted.has(s.id))];
  const runs = variants.length * replications;
  const results: RunResult[][] = variants.map(() => []);
  let index = 0;
  let current: Run | null = null;
  let events = 0;

  const start = (): Run => {
    const v = Math.floor(index / replications);
    const r = index % replications;
    const record = v === 0 && r === 0 ? request.record : null;
    return createRun(request.doc, { seed: replicationSeed(seed, r), scenario: variants[v], record });
  };

  return {
    advance(maxEvents) {
      let budget = maxEvents;
      while (index < runs && budget > 0) {
        current ??= start();
        const before = current.events();
        const finished = current.advance(budget);
        budget -= Math.max(1, current.events() - before);
        if (!finished) continue;
        const result = current.result();
        events += result.events;
        results[Math.floor(index / replications)]!.push(result);
        current = null;
        index++;
      }
      return index >= runs;
    },
    progress() {
      const fraction = runs > 0 ? (index + (current?.progress() ?? 0)) / runs : 1;
      return { run: Math.min(index + 1, runs), runs, fraction };
    },
    result() {
      if (index < runs) throw new Error('The experiment has not finished');
      const [base, ...others] = variants.map((v, i) => summarise(request.doc, v, results[i]!, i === 0 ? null : results[0]!));
      return { replications, seed, events, base: base!, scenarios: others };
    },
  };
}

function summarise(doc: ProcessDocument, scenario: Scenario | null, results: RunResult[], base: RunResult[] | null): ScenarioResult {
  const runs = results.map((r) => r.figures);
  const estimate = estimateAll(runs);
  return {
    scenario: scenario && { id: scenario.id, name: scenario.name },
    estimate,
    findings: detectFindings(doc, meansOf<KeyFigures>(estimate)),
    first: results[0]!,
    runs,
    difference: base ? estimateAll(runs.map((f, r) => difference(base[r]!.figures, f))) : null,
  };
}

/** Runs a whole experiment in one go (tests, Node). */
export function runExperiment(request: ExperimentRequest): ExperimentResult {
  const experiment = createExperiment(request);
  while (!experiment.advance(1_000_000));
  return experiment.result();
}
