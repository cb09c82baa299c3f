// The browser's SimRunner: each job gets its own Web Worker, so the page stays responsive, and
// cancelling simply terminates that worker. Only the app calls this (never Vitest or Node).
import type { ExperimentResult } from '../experiment/experiment';
import { SimCancelled, type SimRunner } from '../runner';
import type { FromWorker, ToWorker } from './protocol';

export const createSimWorker = () => new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });

export function createWorkerRunner(makeWorker: () => Worker = createSimWorker): SimRunner {
  return {
    run(request, onProgress) {
      const worker = makeWorker();
      let settle: { reject: (e: unknown) => void } | null = null;
      const result = new Promise<ExperimentResult>((resolve, reject) => {
        settle = { reject };
        worker.onmessage = (e: MessageEvent<FromWorker>) => {
          const m = e.data;
          if (m.type === 'progress') return onProgress?.(m.progress);
          worker.terminate();
          if (m.type === 'done') resolve(m.result);
          else reject(new Error(m.message));
        };
        worker.onerror = (e) => {
          worker.terminate();
          reject(new Error(e.message));
        };
        worker.postMessage({ type: 'run', request } satisfies ToWorker);
      });
      return {
        result,
        cancel: () => {
          worker.terminate();
          settle?.reject(new SimCancelled());
        },
      };
    },
  };
}
