// Document (+ scenario, + replication seed) → CompiledModel. Every random element gets its own
// stream keyed by its id, so two scenarios run with one seed draw the same numbers for the same
// element (common random numbers).
import {
  arrivalOf,
  costPerHourOf,
  fixedCostOf,
  hoursOf,
  minuteOfDay,
  peopleOf,
  simulationOf,
  type FlowNode,
  type NodeKind,
  type ProcessDocument,
  type Scenario,
} from '../../model';
import { Calendar, MINUTES_PER_DAY } from '../core/calendar';
import { Sampler } from '../random/sampler';
import { streamFor } from '../random/rng';
import { ArrivalProcess } from './arrivals';
import * as K from './compiledModel';
import type { CompiledModel } from './compiledModel';
import { routeTables } from './routing';
import { applyScenario, demandOf } from './scenario';
import { minutesPer } from './units';

const KIND_CODE: Record<NodeKind, number> = {
  start: K.START,
  end: K.END,
  task: K.TASK,
  decision: K.DECISION,
  parallelSplit: K.SPLIT,
  parallelJoin: K.JOIN,
  wait: K.WAIT,
};

/** The implicit case type of a document that defines none. */
export const ANY_CASE_TYPE = '';

export function compileModel(source: ProcessDocument, seed: number, scenario: Scenario | null = null): CompiledModel {
  const doc = applyScenario(source, scenario);
  const settings = simulationOf(doc);
  const { nodes, edges, lanes } = doc;
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const nodeIndex = new Map(nodes.map((n, i) => [n.id, i]));
  const calendar = lanes.map((l) => {
    const hours = hoursOf(l);
    return hours ? new Calendar(minuteOfDay(hours.open), minuteOfDay(hours.close)) : null;
  });
  const dayLength = (lane: number) => calendar[lane]?.length ?? MINUTES_PER_DAY;
  const laneOf = (n: FlowNode) => laneIndex.get(n.laneId) ?? 0;

  const validEdges = edges.filter((e) => nodeIndex.has(e.source) && nodeIndex.has(e.target));
  const outs = nodes.map(() => [] as number[]);
  const incoming = new Int32Array(nodes.length);
  validEdges.forEach((e, i) => {
    outs[nodeIndex.get(e.source)!]!.push(i);
    incoming[nodeIndex.get(e.target)!]! += 1;
  });
  const outStart = new Int32Array(nodes.length + 1);
  outs.forEach((list, i) => (outStart[i + 1] = outStart[i]! + list.length));

  const types = settings.caseTypes.filter((c) => c.share > 0);
  const caseTypeIds = types.length > 0 ? types.map((c) => c.id) : [ANY_CASE_TYPE];
  const shares = types.length > 0 ? types.map((c) => c.share) : [1];
  const shareTotal = shares.reduce((a, b) => a + b, 0);
  let running = 0;
  const caseTypeCumulative = Float64Array.from(shares, (share) => (running += share / shareTotal));
  caseTypeCumulative[caseTypeCumulative.length - 1] = 1;

  const joinIndex = new Int32Array(nodes.length).fill(-1);
  let joinCount = 0;
  nodes.forEach((n, i) => {
    if (n.kind === 'parallelJoin') joinIndex[i] = joinCount++;
  });

  const timed = (n: FlowNode) => (n.kind === 'task' || n.kind === 'wait' ? n : null);
  const starts = nodes.flatMap((n, i) => (n.kind === 'start' ? [{ n, i }] : []));
  const demand = demandOf(scenario);
  const run = settings.run;
  const warmUp = settings.warmUp.length * minutesPer(settings.warmUp.unit);

  return {
    nodeIds: nodes.map((n) => n.id),
    laneIds: lanes.map((l) => l.id),
    edgeIds: validEdges.map((e) => e.id),
    caseTypeIds,
    kind: Uint8Array.from(nodes, (n) => KIND_CODE[n.kind]),
    nodeLane: Int32Array.from(nodes, laneOf),
    outStart,
    outEdges: Int32Array.from(outs.flat()),
    joinNeeds: Int32Array.from(nodes, (n, i) => (n.kind === 'parallelJoin' ? incoming[i]! : 0)),
    joinIndex,
    joinCount,
    people: Int32Array.from(nodes, (n) => (n.kind === 'task' ? peopleOf(n) : 0)),
    fixedCost: Float64Array.from(nodes, (n) => (n.kind === 'task' ? fixedCostOf(n) : 0)),
    duration: nodes.map((n) => {
      const t = timed(n);
      return t && new Sampler(t.duration.dist, streamFor(seed, `duration:${n.id}`), minutesPer(t.duration.unit, dayLength(laneOf(n))));
    }),
    durationOnCalendar: Uint8Array.from(nodes, (n) => (timed(n)?.duration.unit === 'day' && calendar[laneOf(n)] ? 1 : 0)),
    standardKind: Uint8Array.from(nodes, (n) => {
      const s = timed(n)?.timeStandard;
      return !s ? K.STANDARD_NONE : s.kind === 'startWithin' ? K.STANDARD_START : K.STANDARD_FINISH;
    }),
    standardLimit: Float64Array.from(nodes, (n) => {
      const s = timed(n)?.timeStandard;
      return s ? s.limit * minutesPer(s.unit, dayLength(laneOf(n))) : Infinity;
    }),
    routes: nodes.map((n, i) =>
      n.kind === 'decision' ? routeTables(outs[i]!.map((index) => ({ edge: validEdges[index]!, index })), caseTypeIds) : null,
    ),
    routeStream: nodes.map((n) => (n.kind === 'decision' ? streamFor(seed, `route:${n.id}`) : null)),
    edgeSource: Int32Array.from(validEdges, (e) => nodeIndex.get(e.source)!),
    edgeTarget: Int32Array.from(validEdges, (e) => nodeIndex.get(e.target)!),
    edgeCrossing: Uint8Array.from(validEdges, (e) => (crosses(e.source, e.target) ? 1 : 0)),
    edgeMissingHandoff: Uint8Array.from(validEdges, (e) => (crosses(e.source, e.target) && !e.handoff?.what.trim() ? 1 : 0)),
    edgeDelay: validEdges.map((e) => {
      const lane = laneOf(nodes[nodeIndex.get(e.target)!]!);
      return e.handoffDelay ? new Sampler(e.handoffDelay.dist, streamFor(seed, `delay:${e.id}`), minutesPer(e.handoffDelay.unit, dayLength(lane))) : null;
    }),
    edgeDelayCalendarLane: Int32Array.from(validEdges, (e) => {
      const lane = laneOf(nodes[nodeIndex.get(e.target)!]!);
      return e.handoffDelay?.unit === 'day' && calendar[lane] ? lane : -1;
    }),
    staff: Int32Array.from(lanes, (l) => l.staff),
    calendar,
    costPerHour: Float64Array.from(lanes, costPerHourOf),
    startNodes: Int32Array.from(starts, (s) => s.i),
    arrivals: starts.map((s) => new ArrivalProcess(arrivalOf(s.n), streamFor(seed, `arrival:${s.n.id}`), demand)),
    caseTypeStreams: starts.map((s) => streamFor(seed, `caseType:${s.n.id}`)),
    caseTypeCumulative,
    warmUp,
    caseTarget: run.kind === 'cases' ? run.count : Infinity,
    horizon: run.kind === 'period' ? warmUp + run.length * minutesPer(run.unit) : Infinity,
  };

  function crosses(source: string, target: string): boolean {
    return nodes[nodeIndex.get(source)!]!.laneId !== nodes[nodeIndex.get(target)!]!.laneId;
  }
}
