// The simulation engine's public API (see README.md).
export { createRun, simulate, type Bar, type Run, type RunOptions, type RunResult } from './run';
export {
  createExperiment,
  runExperiment,
  type Experiment,
  type ExperimentProgress,
  type ExperimentRequest,
  type ExperimentResult,
  type ScenarioResult,
} from './experiment/experiment';
export { estimate, tQuantile975, type Estimate, type Estimated } from './experiment/estimate';
export { STUCK_REASONS, type KeyFigures, type LaneFigures, type NodeFigures, type StuckReason } from './stats/keyFigures';
export { SIM_FINDING_CODES, SIM_SEVERITY, type SimFinding, type SimFindingCode, type SimSeverity } from './findings/simFinding';
export { REPLAY_KINDS, type LogRow, type RecordOptions, type Recording, type ReplayEvent, type ReplayKind } from './record/recording';
export { eventLogCsv, eventLogXes, type LogExportOptions } from './record/exportLog';
export { createInProcessRunner, SimCancelled, type SimJob, type SimRunner } from './runner';
export { createWorkerRunner } from './worker/workerRunner';
export { applyScenario } from './compile/scenario';
