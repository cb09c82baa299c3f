// ELK in its own Web Worker (tech-notes §3: let ELK own the worker; never import elk.bundled in
// a worker). Cancelling terminates the worker; the next layout starts a fresh one.
import ELKApi, { type ELK } from 'elkjs/lib/elk-api.js';
import ElkWorker from 'elkjs/lib/elk-worker.min.js?worker';
import { LayoutCancelled, type ElkGraph, type LayoutEngine } from '../types';

export function createWorkerEngine(): LayoutEngine {
  let elk: ELK | null = null;
  let reject: ((e: Error) => void) | null = null;
  return {
    layout(graph) {
      elk ??= new ELKApi({ workerFactory: () => new ElkWorker() });
      return new Promise<ElkGraph>((resolve, fail) => {
        reject = fail;
        elk!.layout(graph).then((r: unknown) => resolve(r as ElkGraph), fail).finally(() => (reject = null));
      });
    },
    cancel() {
      elk?.terminateWorker();
      elk = null;
      reject?.(new LayoutCancelled());
      reject = null;
    },
  };
}
