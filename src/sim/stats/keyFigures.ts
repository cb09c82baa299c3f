// The figures of one run that replications average and scenarios compare: only numbers (and the
// ids that say what they belong to), in lists whose order is fixed by the document, so the
// figures of several runs line up element by element. Times are in minutes.

export const STUCK_REASONS = ['deadEnd', 'deadlock', 'unrouted', 'noStaff', 'endlessLoop'] as const;
export type StuckReason = (typeof STUCK_REASONS)[number];
export type StuckCounts = Record<StuckReason, number>;

export type NodeFigures = {
  id: string;
  /** Tokens that reached the step. */
  entered: number;
  waitMean: number;
  waitP50: number;
  waitP90: number;
  waitMax: number;
  /** Sum of the waits before the step (its share of all waiting). */
  waitTotal: number;
  queueMean: number;
  queueMax: number;
  /** Time-standard breaches and the share of the step's cases that breached. */
  breaches: number;
  breachShare: number;
  /** Tokens that got stuck here, by reason. */
  stuck: StuckCounts;
};

export type LaneFigures = {
  id: string;
  staff: number;
  /** Busy share of the staff's open hours (0–1). */
  utilisation: number;
  busyHours: number;
  /** Work done while the lane was closed (finishing cases after closing time). */
  overtimeHours: number;
  cost: number;
  /** Waiting before this lane's steps. */
  waitTotal: number;
};

export type EdgeFigures = { id: string; traversals: number; missingHandoff: number };
export type PairFigures = { laneA: string; laneB: string; cases: number };
export type CaseTypeFigures = { id: string; arrived: number; completed: number; cycleMean: number };

export type KeyFigures = {
  /** Measured span (after the warm-up) in minutes. */
  span: number;
  arrived: number;
  completed: number;
  stuck: number;
  inProgress: number;
  throughputPerHour: number;
  cycleMean: number;
  cycleP50: number;
  cycleP90: number;
  cycleMax: number;
  waitingMean: number;
  workingMean: number;
  wipMean: number;
  wipMax: number;
  crossingsPerCase: number;
  pingPongCases: number;
  costTotal: number;
  costPerCase: number;
  nodes: NodeFigures[];
  lanes: LaneFigures[];
  edges: EdgeFigures[];
  /** Every pair of lanes joined by a flow, whether or not cases bounced between them. */
  pingPong: PairFigures[];
  caseTypes: CaseTypeFigures[];
};
