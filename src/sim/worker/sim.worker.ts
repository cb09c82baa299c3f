// The simulation worker: runs one experiment per message, reporting progress between chunks of
// events. Cancelling is done by the app terminating the worker, so no message is needed for it.
import { createExperiment } from '../experiment/experiment';
import { EVENTS_PER_CHUNK } from '../runner';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ToWorker>) => void) | null; postMessage: (m: FromWorker) => void };

scope.onmessage = (e) => {
  try {
    const experiment = createExperiment(e.data.request);
    while (!experiment.advance(EVENTS_PER_CHUNK)) scope.postMessage({ type: 'progress', progress: experiment.progress() });
    scope.postMessage({ type: 'done', result: experiment.result() });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
