// Findings of a simulation: what a manager should look at first, as data (code + parameters).
// The UI words them in the user's language (i18n keys simFindings.<code>).
import type { ElementRef } from '../../model';

export const SIM_FINDING_CODES = [
  'deadlock',
  'strandedCases',
  'unroutedCases',
  'noStaff',
  'endlessLoop',
  'bottleneck',
  'missingHandoff',
  'pingPong',
  'timeStandardBreach',
  'overtime',
  'manyCrossings',
  'unfinishedCases',
  'costPerCase',
  'unusedLane',
  'unusedStep',
] as const;
export type SimFindingCode = (typeof SIM_FINDING_CODES)[number];
export type SimSeverity = 'error' | 'warning' | 'info';

export const SIM_SEVERITY: Record<SimFindingCode, SimSeverity> = {
  deadlock: 'error',
  strandedCases: 'error',
  unroutedCases: 'error',
  noStaff: 'error',
  endlessLoop: 'error',
  bottleneck: 'warning',
  missingHandoff: 'warning',
  pingPong: 'warning',
  timeStandardBreach: 'warning',
  overtime: 'warning',
  manyCrossings: 'info',
  unfinishedCases: 'info',
  costPerCase: 'info',
  unusedLane: 'info',
  unusedStep: 'info',
};

export type SimFinding = {
  code: SimFindingCode;
  severity: SimSeverity;
  /** What a click should show. */
  target: ElementRef;
  /** How much it matters, for ordering within a severity (e.g. share of cases affected, 0–1). */
  weight: number;
  /** Values for the explanation: names of steps and lanes, counts, shares in %, times in minutes. */
  params: Record<string, string | number>;
};

const RANK: Record<SimSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; heavier first within each. */
export const rankFindings = (findings: SimFinding[]): SimFinding[] =>
  findings.slice().sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.weight - a.weight);
