// Messages between the app and the simulation worker.
import type { ExperimentProgress, ExperimentRequest, ExperimentResult } from '../experiment/experiment';

export type ToWorker = { type: 'run'; request: ExperimentRequest };
export type FromWorker =
  | { type: 'progress'; progress: ExperimentProgress }
  | { type: 'done'; result: ExperimentResult }
  | { type: 'failed'; message: string };
