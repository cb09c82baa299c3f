// Per-token and per-case state of a running simulation, in typed arrays indexed by slot.
import { MAX_PATH } from '../stats/variants';
import { resized, SlotPool } from './pool';

/** What a token's pending event means when it fires. */
export const AT_SERVICE_END = 1;
export const AT_WAIT_END = 2;
export const AT_TRANSIT_END = 3;

export class Tokens {
  readonly pool = new SlotPool();
  caseOf = new Int32Array(64);
  node = new Int32Array(64);
  /** The edge being travelled (transit) or −1. */
  edge = new Int32Array(64);
  pending = new Uint8Array(64);
  /** When the token reached its current node. */
  arrived = new Float64Array(64);
  /** When its service or delay started. */
  started = new Float64Array(64);
  /** The sampled work (service) time of the current step. */
  work = new Float64Array(64);
  /** Ping-pong tracking: lanes of the last crossing and how many times crossings reversed in a row. */
  fromLane = new Int32Array(64);
  toLane = new Int32Array(64);
  reversals = new Int32Array(64);

  create(caseSlot: number, node: number): number {
    const t = this.pool.take((n) => this.grow(n));
    this.caseOf[t] = caseSlot;
    this.node[t] = node;
    this.edge[t] = -1;
    this.pending[t] = 0;
    this.fromLane[t] = -1;
    this.toLane[t] = -1;
    this.reversals[t] = 0;
    return t;
  }

  /** A new token of the same case that continues from `parent` (a branch of a split). */
  fork(parent: number): number {
    const t = this.create(this.caseOf[parent]!, this.node[parent]!);
    this.fromLane[t] = this.fromLane[parent]!;
    this.toLane[t] = this.toLane[parent]!;
    this.reversals[t] = this.reversals[parent]!;
    return t;
  }

  private grow(n: number): void {
    this.caseOf = resized(this.caseOf, n);
    this.node = resized(this.node, n);
    this.edge = resized(this.edge, n);
    this.pending = resized(this.pending, n);
    this.arrived = resized(this.arrived, n);
    this.started = resized(this.started, n);
    this.work = resized(this.work, n);
    this.fromLane = resized(this.fromLane, n);
    this.toLane = resized(this.toLane, n);
    this.reversals = resized(this.reversals, n);
  }
}

export class Cases {
  readonly pool = new SlotPool();
  /** Tokens arrived at each join: slot × joinCount + join number. */
  joined: Int32Array;
  /** Sequence number of the case in the run (1, 2, …), for logs and replays. */
  number = new Float64Array(64);
  type = new Int32Array(64);
  arrived = new Float64Array(64);
  /** Tokens moving, queued, in service or in transit. */
  live = new Int32Array(64);
  /** Tokens parked at joins. */
  parked = new Int32Array(64);
  waiting = new Float64Array(64);
  working = new Float64Array(64);
  crossings = new Int32Array(64);
  /** Nodes entered so far, to catch endless loops. */
  hops = new Int32Array(64);
  /** The first MAX_PATH nodes entered: slot × MAX_PATH + step. */
  path = new Int32Array(64 * MAX_PATH);
  /** 0, or 1 + the stuck reason of its first stuck token. */
  stuck = new Uint8Array(64);
  stuckNode = new Int32Array(64);
  /** 1 once the case has been counted as ping-pong. */
  pingPong = new Uint8Array(64);
  /** 1 when events of this case are recorded. */
  recorded = new Uint8Array(64);

  constructor(private readonly joinCount: number) {
    this.joined = new Int32Array(64 * joinCount);
  }

  create(number: number, type: number, now: number): number {
    const c = this.pool.take((n) => this.grow(n));
    this.joined.fill(0, c * this.joinCount, (c + 1) * this.joinCount);
    this.number[c] = number;
    this.type[c] = type;
    this.arrived[c] = now;
    this.live[c] = 1;
    this.parked[c] = 0;
    this.waiting[c] = 0;
    this.working[c] = 0;
    this.crossings[c] = 0;
    this.hops[c] = 0;
    this.stuck[c] = 0;
    this.pingPong[c] = 0;
    this.recorded[c] = 0;
    return c;
  }

  private grow(n: number): void {
    this.number = resized(this.number, n);
    this.type = resized(this.type, n);
    this.arrived = resized(this.arrived, n);
    this.live = resized(this.live, n);
    this.parked = resized(this.parked, n);
    this.waiting = resized(this.waiting, n);
    this.working = resized(this.working, n);
    this.crossings = resized(this.crossings, n);
    this.hops = resized(this.hops, n);
    this.stuck = resized(this.stuck, n);
    this.stuckNode = resized(this.stuckNode, n);
    this.pingPong = resized(this.pingPong, n);
    this.recorded = resized(this.recorded, n);
    this.joined = resized(this.joined, n * this.joinCount);
    this.path = resized(this.path, n * MAX_PATH);
  }
}
