// The document compiled for the engine: elements become indices, fields become typed arrays and
// samplers, so the event loop never looks anything up by id.
import type { Calendar } from '../core/calendar';
import type { Sampler } from '../random/sampler';
import type { RandomStream } from '../random/rng';
import type { ArrivalProcess } from './arrivals';

export const START = 0;
export const END = 1;
export const TASK = 2;
export const DECISION = 3;
export const SPLIT = 4;
export const JOIN = 5;
export const WAIT = 6;

export const STANDARD_NONE = 0;
export const STANDARD_START = 1;
export const STANDARD_FINISH = 2;

/** The branches a case of one type may take at a decision, with cumulative shares. */
export type RouteTable = { edges: Int32Array; cumulative: Float64Array };

export type CompiledModel = {
  nodeIds: string[];
  laneIds: string[];
  edgeIds: string[];
  caseTypeIds: string[];

  kind: Uint8Array;
  nodeLane: Int32Array;
  /** Outgoing edges of node n: outEdges[outStart[n] .. outStart[n + 1]). */
  outStart: Int32Array;
  outEdges: Int32Array;
  /** Joins: tokens needed (incoming edges); other nodes: 0. */
  joinNeeds: Int32Array;
  /** Join number of a node (index into per-case join state), −1 for other nodes. */
  joinIndex: Int32Array;
  joinCount: number;
  people: Int32Array;
  fixedCost: Float64Array;
  duration: (Sampler | null)[];
  /** Duration in working days, run on the lane's calendar. */
  durationOnCalendar: Uint8Array;
  standardKind: Uint8Array;
  /** Time-standard limit in minutes. */
  standardLimit: Float64Array;
  /** Decisions: one table per case type; other nodes: null. */
  routes: (RouteTable[] | null)[];
  routeStream: (RandomStream | null)[];

  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** 1 when the edge joins two lanes. */
  edgeCrossing: Uint8Array;
  /** 1 when it crosses lanes without a described hand-off. */
  edgeMissingHandoff: Uint8Array;
  edgeDelay: (Sampler | null)[];
  /** Lane whose calendar a delay in working days runs on (the receiving lane), or −1. */
  edgeDelayCalendarLane: Int32Array;

  staff: Int32Array;
  calendar: (Calendar | null)[];
  costPerHour: Float64Array;

  startNodes: Int32Array;
  arrivals: ArrivalProcess[];
  /** Per start: draws the case type. */
  caseTypeStreams: RandomStream[];
  /** Cumulative shares of the case types (one implicit type when the document has none). */
  caseTypeCumulative: Float64Array;

  /** Minutes excluded at the beginning. */
  warmUp: number;
  /** Measured cases to let arrive (cases run) or Infinity. */
  caseTarget: number;
  /** End of the run in minutes (period run) or Infinity (run until every case has finished). */
  horizon: number;
};
