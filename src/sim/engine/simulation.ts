// The event loop of one run. State lives in typed arrays (tokens, cases, lanes); the future
// event list is a heap of integers: a token's pending event (≥ 0) or a control event (< 0:
// an arrival at a start, a lane opening, the end of the warm-up). What happens at each kind of
// node is in behaviours/, one module per kind; moving along flows and closing cases is here.
import * as K from '../compile/compiledModel';
import type { CompiledModel } from '../compile/compiledModel';
import { EventHeap } from '../core/eventHeap';
import type { Recorder, ReplayKind } from '../record/recording';
import { Collector } from '../stats/collector';
import { STUCK_REASONS } from '../stats/keyFigures';
import { MAX_PATH } from '../stats/variants';
import { arrive } from './behaviours/start';
import { enterDecision } from './behaviours/decision';
import { enterEnd } from './behaviours/end';
import { enterJoin } from './behaviours/join';
import { enterSplit } from './behaviours/split';
import { endService, enterTask } from './behaviours/task';
import { endWait, enterWait } from './behaviours/wait';
import { Lanes } from './lanes';
import { AT_SERVICE_END, AT_TRANSIT_END, Cases, Tokens } from './tokens';

/** A case entering more nodes than this is taken to loop for ever. */
export const MAX_HOPS_PER_CASE = 10_000;
export const DEAD_END = STUCK_REASONS.indexOf('deadEnd');
export const DEADLOCK = STUCK_REASONS.indexOf('deadlock');
export const UNROUTED = STUCK_REASONS.indexOf('unrouted');
export const NO_STAFF = STUCK_REASONS.indexOf('noStaff');
const ENDLESS_LOOP = STUCK_REASONS.indexOf('endlessLoop');

export class Simulation {
  now = 0;
  events = 0;
  done = false;
  end = 0;
  readonly heap = new EventHeap();
  readonly tokens = new Tokens();
  readonly cases: Cases;
  readonly stats: Collector;
  /** The collector's per-node and per-edge counters, held here for the hot path. */
  private readonly entered: Float64Array;
  private readonly traversals: Float64Array;
  readonly lanes: Lanes;
  caseCount = 0;
  measuredArrivals = 0;
  private readonly laneOpenBase: number;
  private readonly warmUpArg: number;
  private readonly walkTokens: number[] = [];
  private readonly walkNodes: number[] = [];
  private walking = false;

  constructor(
    readonly m: CompiledModel,
    readonly recorder: Recorder | null = null,
  ) {
    this.stats = new Collector(m);
    this.entered = this.stats.entered;
    this.traversals = this.stats.traversals;
    this.cases = new Cases(m.joinCount);
    this.lanes = new Lanes(this);
    const starts = m.startNodes.length;
    this.laneOpenBase = starts;
    this.warmUpArg = starts + m.staff.length;
    // The warm-up's end goes first, so it comes before anything else happening at that moment.
    if (m.warmUp > 0) this.heap.push(m.warmUp, -1 - this.warmUpArg);
    m.arrivals.forEach((a, s) => {
      const t = a.first();
      if (t < m.horizon && m.caseTarget > 0) this.heap.push(t, -1 - s);
    });
  }

  /** Runs at most `maxEvents` events (those before the horizon); true once the run has finished. */
  advance(maxEvents: number): boolean {
    const heap = this.heap;
    const horizon = this.m.horizon;
    for (let i = 0; i < maxEvents && !this.done; i++) {
      // Nothing left to happen: a period run still lasts until its horizon.
      if (heap.size === 0) this.finish(Number.isFinite(horizon) ? horizon : this.now);
      else if (heap.peekTime() >= horizon) this.finish(horizon);
      else {
        const t = heap.peekTime();
        const arg = heap.pop();
        this.now = t;
        this.events++;
        if (arg >= 0) this.tokenEvent(arg);
        else this.controlEvent(-1 - arg);
      }
    }
    return this.done;
  }

  /** Share of the run done (0–1), for progress bars. */
  progress(): number {
    if (this.done) return 1;
    const { caseTarget, horizon } = this.m;
    return Number.isFinite(horizon) ? this.now / horizon : Math.min(0.99, this.measuredArrivals / caseTarget);
  }

  schedule(time: number, token: number, pending: number): void {
    this.tokens.pending[token] = pending;
    this.heap.push(time, token);
  }

  /** Puts a token on a node and follows it through every node that takes no time. */
  enter(token: number, node: number): void {
    if (this.walking) {
      // A branch forked while another token is walking: it goes once that walk stops.
      this.walkTokens.push(token);
      this.walkNodes.push(node);
      return;
    }
    this.walking = true;
    this.walk(token, node);
    while (this.walkTokens.length > 0) this.walk(this.walkTokens.pop()!, this.walkNodes.pop()!);
    this.walking = false;
  }

  private walk(token: number, node: number): void {
    const { tokens, cases, m } = this;
    for (let n = node; n >= 0; ) {
      const c = tokens.caseOf[token]!;
      const hops = ++cases.hops[c]!;
      if (hops > MAX_HOPS_PER_CASE) return this.strand(token, n, ENDLESS_LOOP);
      if (hops <= MAX_PATH) cases.path[c * MAX_PATH + hops - 1] = n;
      tokens.node[token] = n;
      this.entered[n]! += 1;
      if (cases.recorded[c]) this.record('enter', token, m.nodeIds[n]!);
      switch (m.kind[n]) {
        case K.TASK:
          return enterTask(this, token, n);
        case K.WAIT:
          return enterWait(this, token, n);
        case K.END:
          return enterEnd(this, token);
        case K.DECISION:
          n = enterDecision(this, token, n);
          break;
        case K.JOIN:
          n = enterJoin(this, token, n);
          break;
        case K.SPLIT:
          n = enterSplit(this, token, n);
          break;
        default:
          // A start (reached only by arrivals): the case sets off along its flows.
          n = this.leave(token, n);
      }
    }
  }

  /**
   * Sends a token out of `node` along every outgoing flow (more than one: parallel branches, as
   * after a parallel split); returns the next node of the token itself, or −1.
   */
  leave(token: number, node: number): number {
    const { outStart, outEdges } = this.m;
    const first = outStart[node]!;
    const last = outStart[node + 1]!;
    if (first === last) {
      this.strand(token, node, DEAD_END);
      return -1;
    }
    if (last - first === 1) return this.traverse(token, outEdges[first]!);
    // Branches copy the token as it is here, before it crosses into another lane.
    const branches: number[] = [];
    for (let i = first + 1; i < last; i++) branches.push(this.tokens.fork(token));
    this.cases.live[this.tokens.caseOf[token]!]! += branches.length;
    const next = this.traverse(token, outEdges[first]!);
    branches.forEach((branch, i) => {
      const target = this.traverse(branch, outEdges[first + 1 + i]!);
      if (target >= 0) this.enter(branch, target);
    });
    return next;
  }

  /** Moves a token along an edge; returns the target, or −1 while it is handed over (delay). */
  traverse(token: number, edge: number): number {
    const m = this.m;
    const c = this.tokens.caseOf[token]!;
    this.traversals[edge]! += 1;
    if (m.edgeCrossing[edge]) this.cross(token, edge);
    const delay = m.edgeDelay[edge]!;
    const target = m.edgeTarget[edge]!;
    if (delay === null) {
      if (this.cases.recorded[c]) this.record('move', token, m.edgeIds[edge]!);
      return target;
    }
    const lane = m.edgeDelayCalendarLane[edge]!;
    const d = delay.sample();
    const until = lane >= 0 ? m.calendar[lane]!.addWorkingTime(this.now, d) : this.now + d;
    this.cases.waiting[c]! += until - this.now;
    this.tokens.edge[token] = edge;
    this.schedule(until, token, AT_TRANSIT_END);
    if (this.cases.recorded[c]) this.record('move', token, m.edgeIds[edge]!, { until });
    return -1;
  }

  /** Lane crossing bookkeeping: crossings per case and ping-pong (X→Y, Y→X, X→Y). */
  private cross(token: number, edge: number): void {
    const { tokens, cases, m } = this;
    const c = tokens.caseOf[token]!;
    const from = m.nodeLane[m.edgeSource[edge]!]!;
    const to = m.nodeLane[m.edgeTarget[edge]!]!;
    cases.crossings[c]! += 1;
    const reversed = tokens.fromLane[token] === to && tokens.toLane[token] === from;
    tokens.reversals[token] = reversed ? tokens.reversals[token]! + 1 : 0;
    tokens.fromLane[token] = from;
    tokens.toLane[token] = to;
    if (tokens.reversals[token] === 2 && !cases.pingPong[c]) {
      cases.pingPong[c] = 1;
      if (cases.arrived[c]! >= m.warmUp) this.stats.pingPongCase(from, to);
    }
  }

  /** The token can go no further: the case is stuck (counted when its last token is gone). */
  strand(token: number, node: number, reason: number): void {
    const c = this.tokens.caseOf[token]!;
    this.stats.stuckAt[reason]![node]! += 1;
    if (!this.cases.stuck[c]) {
      this.cases.stuck[c] = reason + 1;
      this.cases.stuckNode[c] = node;
    }
    if (this.cases.recorded[c]) this.record('stuck', token, this.m.nodeIds[node]!, { reason: STUCK_REASONS[reason] });
    this.tokenGone(token);
  }

  /** A token has left the process (ended, parked at a join, or stuck). */
  tokenGone(token: number): void {
    const c = this.tokens.caseOf[token]!;
    this.tokens.pool.release(token);
    if (--this.cases.live[c]! === 0) this.closeCase(c);
  }

  private closeCase(c: number): void {
    const { cases, stats, m } = this;
    if (cases.parked[c]! > 0) this.deadlock(c);
    const measured = cases.arrived[c]! >= m.warmUp;
    if (measured && cases.stuck[c]) stats.caseStuck();
    else if (measured) {
      const cycle = this.now - cases.arrived[c]!;
      stats.caseCompleted(cases.type[c]!, cycle, cases.waiting[c]!, cases.working[c]!, cases.crossings[c]!);
      stats.variants.add(cases.path, c * MAX_PATH, cases.hops[c]!, cycle);
    }
    if (cases.recorded[c]) this.recorder!.event({ t: this.now, kind: 'done', caseNo: cases.number[c]!, token: -1, at: '' });
    stats.wipChange(-1, this.now);
    cases.pool.release(c);
  }

  /** Every remaining token of the case waits at a join that can no longer complete. */
  private deadlock(c: number): void {
    const cases = this.cases;
    if (!cases.stuck[c]) {
      cases.stuck[c] = DEADLOCK + 1;
      this.stats.stuckAt[DEADLOCK]![cases.stuckNode[c]!]! += 1;
    }
    cases.parked[c] = 0;
  }

  record(kind: ReplayKind, token: number, at: string, extra: { level?: number; until?: number; reason?: string } = {}): void {
    const caseNo = this.cases.number[this.tokens.caseOf[token]!]!;
    this.recorder!.event({ t: this.now, kind, caseNo, token, at, ...extra });
  }

  /** The replay's `finish` and the event log's row for a step just done. */
  recordStep(token: number, node: number): void {
    const { tokens, cases, m } = this;
    const c = tokens.caseOf[token]!;
    const [arrived, started] = [tokens.arrived[token]!, tokens.started[token]!];
    this.record('finish', token, m.nodeIds[node]!);
    this.recorder!.row({
      caseNo: cases.number[c]!,
      caseType: m.caseTypeIds[cases.type[c]!]!,
      node: m.nodeIds[node]!,
      lane: m.laneIds[m.nodeLane[node]!] ?? '',
      arrived,
      started,
      finished: this.now,
      waiting: started - arrived,
    });
  }

  private tokenEvent(token: number): void {
    const pending = this.tokens.pending[token];
    if (pending === AT_SERVICE_END) endService(this, token);
    else if (pending === AT_TRANSIT_END) this.enter(token, this.m.edgeTarget[this.tokens.edge[token]!]!);
    else endWait(this, token);
  }

  private controlEvent(index: number): void {
    if (index < this.laneOpenBase) arrive(this, index);
    else if (index < this.warmUpArg) this.lanes.opened(index - this.laneOpenBase);
    else this.stats.reset(this.now);
  }

  laneOpenArg(lane: number): number {
    return -1 - (this.laneOpenBase + lane);
  }

  private finish(end: number): void {
    this.done = true;
    this.end = end;
    this.now = end;
  }
}
