// The Flowlane document: plain, JSON-serialisable data. Semantics (lanes, phases, nodes, edges)
// are kept apart from geometry (`diagram`), so layout can rewrite geometry alone.

export type ProcessId = string;
export type LaneId = string;
export type PhaseId = string;
export type NodeId = string;
export type EdgeId = string;

export const CURRENT_SCHEMA_VERSION = 1;

export const NODE_KINDS = [
  'start',
  'end',
  'task',
  'decision',
  'parallelSplit',
  'parallelJoin',
  'wait',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const TIME_UNITS = ['second', 'minute', 'hour', 'day'] as const;
/** `day` means a working day; the simulator maps it onto the lane's calendar. */
export type TimeUnit = (typeof TIME_UNITS)[number];

export const DISTRIBUTION_KINDS = [
  'fixed',
  'uniform',
  'triangular',
  'exponential',
  'normal',
  'lognormal',
] as const;
export type DistributionKind = (typeof DISTRIBUTION_KINDS)[number];

export type Distribution =
  | { kind: 'fixed'; value: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'triangular'; min: number; mode: number; max: number }
  | { kind: 'exponential'; mean: number }
  /** Truncated at 0 by the simulator. */
  | { kind: 'normal'; mean: number; sd: number }
  /** Parameters of the distribution itself (mean and sd of the values), not of the log. */
  | { kind: 'lognormal'; mean: number; sd: number };

export type Duration = { unit: TimeUnit; dist: Distribution };

export const TIME_STANDARD_KINDS = ['startWithin', 'finishWithin'] as const;
/**
 * startWithin: the wait before the step must not exceed the limit ("1分钟内迎接").
 * finishWithin: from arriving at the step to finishing it ("10-15分钟出结果" → within 15 min).
 */
export type TimeStandardKind = (typeof TIME_STANDARD_KINDS)[number];
export type TimeStandard = { kind: TimeStandardKind; limit: number; unit: TimeUnit };

export const HANDOFF_METHODS = ['inPerson', 'phone', 'system', 'paper', 'other'] as const;
export type HandoffMethod = (typeof HANDOFF_METHODS)[number];
export type Handoff = { what: string; how: HandoffMethod; note: string };

export type Lane = {
  id: LaneId;
  name: string;
  color: string;
  staff: number;
  /** Simulation: when the lane starts new work each day; absent or null = always open. */
  hours?: WorkingHours | null;
  /** Simulation: what one person of this lane costs per hour (absent = 0). */
  costPerHour?: number;
};
export type Phase = { id: PhaseId; name: string };

type NodeBase = {
  id: NodeId;
  laneId: LaneId;
  /** At most one phase; null when the node is in none. */
  phaseId: PhaseId | null;
  label: string;
  /** SOP wording or the script to say (话术). */
  notes: string;
};

export type StartNode = NodeBase & {
  kind: 'start';
  /** Simulation: how cases arrive here (absent = DEFAULT_ARRIVAL). */
  arrival?: Arrival;
};
export type EndNode = NodeBase & { kind: 'end' };
export type TaskNode = NodeBase & {
  kind: 'task';
  duration: Duration;
  timeStandard: TimeStandard | null;
  /** Items the step needs before it can be done (病历, 预检单 …). */
  needs: string[];
  /** Items the step produces (就诊卡 …). */
  produces: string[];
  /** Simulation: people of the lane busy with one case (absent = 1; 0 = no staff needed). */
  people?: number;
  /** Simulation: a fixed cost each time the step is done (absent = 0). */
  fixedCost?: number;
};
export type DecisionNode = NodeBase & { kind: 'decision' };
export type ParallelSplitNode = NodeBase & { kind: 'parallelSplit' };
export type ParallelJoinNode = NodeBase & { kind: 'parallelJoin' };
export type WaitNode = NodeBase & {
  kind: 'wait';
  duration: Duration;
  timeStandard: TimeStandard | null;
};

export type FlowNode =
  | StartNode
  | EndNode
  | TaskNode
  | DecisionNode
  | ParallelSplitNode
  | ParallelJoinNode
  | WaitNode;

export type FlowEdge = {
  id: EdgeId;
  source: NodeId;
  target: NodeId;
  label: string;
  /** Share of cases taking this branch (0–1); only meaningful on decision outputs. */
  probability: number | null;
  /** What is handed over and how, when the edge crosses lanes. */
  handoff: Handoff | null;
  /** Simulation: time the work spends between the lanes (absent or null = none). */
  handoffDelay?: Duration | null;
  /** Simulation: on a decision output, the case types that always take it (absent = by share). */
  caseTypes?: CaseTypeId[];
};

export type Point = { x: number; y: number };
/**
 * Node box. `x` is measured along the flow from the start of the lanes' content area; `y` is
 * measured across the flow from the top of the node's own lane (so lanes can be reordered or
 * resized without touching node geometry).
 */
export type NodeGeometry = { x: number; y: number; w: number; h: number };

export const ORIENTATIONS = ['horizontal', 'vertical'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export type Diagram = {
  orientation: Orientation;
  nodes: Record<NodeId, NodeGeometry>;
  /** Size of each lane band across the flow (its height when lanes are horizontal). */
  laneSizes: Record<LaneId, number>;
  /** Size of each phase column along the flow (its width when lanes are horizontal). */
  phaseSizes: Record<PhaseId, number>;
  /** Routed bend points per edge, written by the layout; absent means "route it yourself". */
  edgeRoutes: Record<EdgeId, Point[]>;
};

export type ProcessDocument = {
  schemaVersion: number;
  id: ProcessId;
  name: string;
  description: string;
  lanes: Lane[];
  phases: Phase[];
  nodes: FlowNode[];
  edges: FlowEdge[];
  diagram: Diagram;
  /** Simulation settings, case types and scenarios (absent = DEFAULT_SIMULATION). */
  simulation?: SimulationSettings;
};

// ---- Simulation inputs (all optional in the document, so older documents need no migration) ----

export type CaseTypeId = string;
export type ScenarioId = string;

/** "HH:MM" on a 24-hour clock; a closing time may be "24:00". */
export type ClockTime = string;
/** A simple daily calendar: the lane starts work between `open` and `close` every day. */
export type WorkingHours = { open: ClockTime; close: ClockTime };

export const ARRIVAL_KINDS = ['poisson', 'interval', 'profile'] as const;
export type ArrivalKind = (typeof ARRIVAL_KINDS)[number];
export const HOURS_PER_DAY = 24;
export type Arrival =
  /** Random arrivals (a Poisson process) at a steady rate. */
  | { kind: 'poisson'; perHour: number }
  /** One case exactly every `every` units. */
  | { kind: 'interval'; every: number; unit: TimeUnit }
  /** Random arrivals whose rate changes by the hour: `perHour[h]` for h:00–h+1:00 (24 values). */
  | { kind: 'profile'; perHour: number[] };

export const RUN_KINDS = ['cases', 'period'] as const;
export type RunLength =
  /** Until this many cases have arrived after the warm-up, and every case has finished. */
  | { kind: 'cases'; count: number }
  /** For this long after the warm-up (a day here is 24 hours); unfinished cases are reported as in progress. */
  | { kind: 'period'; length: number; unit: TimeUnit };

/** A kind of case with its share of arrivals (初诊 60 % / 复诊 40 %). */
export type CaseType = { id: CaseTypeId; name: string; share: number };

export const SCENARIO_CHANGE_KINDS = ['staff', 'duration', 'demand'] as const;
export type ScenarioChange =
  /** Add (or, negative, remove) people in a lane. */
  | { kind: 'staff'; laneId: LaneId; delta: number }
  /** Another duration for a task or wait step. */
  | { kind: 'duration'; nodeId: NodeId; duration: Duration }
  /** Multiply every arrival rate (1.2 = 20 % more cases). */
  | { kind: 'demand'; factor: number };
export type ScenarioChangeKind = ScenarioChange['kind'];
/** The same process with a few parameters changed, compared with the process as drawn. */
export type Scenario = { id: ScenarioId; name: string; changes: ScenarioChange[] };

export type SimulationSettings = {
  run: RunLength;
  /** Time at the beginning left out of the statistics while the process fills up (a day is 24 hours). */
  warmUp: { length: number; unit: TimeUnit };
  /** Independent runs, each with its own random numbers, for confidence intervals. */
  replications: number;
  /** Seed of the first replication: the same seed gives the same results. */
  seed: number;
  caseTypes: CaseType[];
  scenarios: Scenario[];
};

/** A reference to one element of a document, used by findings, errors and selection. */
export type ElementRef =
  | { kind: 'process' }
  | { kind: 'lane'; id: LaneId }
  | { kind: 'phase'; id: PhaseId }
  | { kind: 'node'; id: NodeId }
  | { kind: 'edge'; id: EdgeId };
