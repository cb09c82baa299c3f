// How the app runs simulations: a SimRunner takes an experiment request and reports progress;
// the job can be cancelled. In the browser the runner is a Web Worker (worker/workerRunner.ts);
// in tests and Node the in-process runner below does the same work on the calling thread.
import { createExperiment, type ExperimentProgress, type ExperimentRequest, type ExperimentResult } from './experiment/experiment';

export type SimJob = {
  /** Resolves with the results, or rejects with SimCancelled or the engine's error. */
  result: Promise<ExperimentResult>;
  cancel(): void;
};

export type SimRunner = {
  run(request: ExperimentRequest, onProgress?: (progress: ExperimentProgress) => void): SimJob;
};

export class SimCancelled extends Error {
  override name = 'SimCancelled';
}

/** Events between progress reports (and chances to cancel): a few hundredths of a second. */
export const EVENTS_PER_CHUNK = 100_000;

/**
 * Runs on the calling thread, starting on a microtask so the caller holds the job before the
 * first progress report; `cancel` takes effect at the next report.
 */
export function createInProcessRunner(): SimRunner {
  return {
    run(request, onProgress) {
      let cancelled = false;
      const result = Promise.resolve().then(() => {
        const experiment = createExperiment(request);
        while (!experiment.advance(EVENTS_PER_CHUNK)) {
          onProgress?.(experiment.progress());
          if (cancelled) throw new SimCancelled();
        }
        onProgress?.(experiment.progress());
        return experiment.result();
      });
      return { result, cancel: () => (cancelled = true) };
    },
  };
}
