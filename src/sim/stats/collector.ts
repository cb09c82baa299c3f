// Everything a run measures, in bounded memory: per step (waits as histograms, queue length as
// a time-weighted level), per lane (busy people, split into open hours and overtime), per flow,
// per case (cycle, waiting and working time) and for the whole process (work in progress).
// `reset` at the end of the warm-up forgets what came before; `figures` closes the books.
import * as K from '../compile/compiledModel';
import type { CompiledModel } from '../compile/compiledModel';
import { LogHistogram } from './histogram';
import { STUCK_REASONS, type KeyFigures, type StuckCounts } from './keyFigures';
import { TimeSeries } from './timeSeries';
import { PathVariants } from './variants';

const perNode = (m: CompiledModel) => new Float64Array(m.kind.length);
const perLane = (m: CompiledModel) => new Float64Array(m.staff.length);

export class Collector {
  readonly entered: Float64Array;
  readonly waits: (LogHistogram | null)[];
  readonly breaches: Float64Array;
  readonly stuckAt: Float64Array[];
  readonly traversals: Float64Array;
  readonly cycle = new LogHistogram();
  readonly wipSeries = new TimeSeries();
  readonly variants = new PathVariants();
  private readonly queue: Float64Array;
  private readonly queueArea: Float64Array;
  private readonly queueMax: Float64Array;
  private readonly queueSince: Float64Array;
  private readonly busy: Float64Array;
  private readonly busyOpen: Float64Array;
  private readonly busyClosed: Float64Array;
  private readonly busySince: Float64Array;
  private readonly pairIndex = new Map<number, number>();
  private readonly pairCases: Float64Array;
  private readonly typeArrived: Float64Array;
  private readonly typeCompleted: Float64Array;
  private readonly typeCycle: Float64Array;
  private from = 0;
  private wip = 0;
  private wipArea = 0;
  private wipMax = 0;
  private wipSince = 0;
  arrived = 0;
  private stuck = 0;
  private waiting = 0;
  private working = 0;
  private crossings = 0;
  private pingPong = 0;
  private fixedCost = 0;

  constructor(private readonly m: CompiledModel) {
    this.entered = perNode(m);
    this.waits = Array.from(m.kind, (k) => (k === K.TASK ? new LogHistogram() : null));
    this.breaches = perNode(m);
    this.stuckAt = STUCK_REASONS.map(() => perNode(m));
    this.traversals = new Float64Array(m.edgeTarget.length);
    [this.queue, this.queueArea, this.queueMax, this.queueSince] = [perNode(m), perNode(m), perNode(m), perNode(m)];
    [this.busy, this.busyOpen, this.busyClosed, this.busySince] = [perLane(m), perLane(m), perLane(m), perLane(m)];
    const lanes = m.staff.length;
    m.edgeCrossing.forEach((crossing, e) => {
      if (!crossing) return;
      const [a, b] = [m.nodeLane[m.edgeSource[e]!]!, m.nodeLane[m.edgeTarget[e]!]!].sort((x, y) => x - y) as [number, number];
      if (!this.pairIndex.has(a * lanes + b)) this.pairIndex.set(a * lanes + b, this.pairIndex.size);
    });
    this.pairCases = new Float64Array(this.pairIndex.size);
    const perType = () => new Float64Array(m.caseTypeIds.length);
    [this.typeArrived, this.typeCompleted, this.typeCycle] = [perType(), perType(), perType()];
  }

  /** Forgets everything measured before `now`; levels (queues, busy people, cases) carry on. */
  reset(now: number): void {
    this.from = now;
    for (const a of [this.entered, this.breaches, this.traversals, this.queueArea, this.busyOpen, this.busyClosed, this.pairCases, this.typeArrived, this.typeCompleted, this.typeCycle, ...this.stuckAt]) a.fill(0);
    for (const h of this.waits) h?.reset();
    this.cycle.reset();
    this.variants.reset();
    this.queueMax.set(this.queue);
    this.queueSince.fill(now);
    this.busySince.fill(now);
    this.wipSeries.reset(now);
    [this.wipArea, this.wipMax, this.wipSince] = [0, this.wip, now];
    [this.arrived, this.stuck, this.waiting, this.working, this.crossings, this.pingPong, this.fixedCost] = [0, 0, 0, 0, 0, 0, 0];
  }

  queueChange(node: number, delta: number, now: number): void {
    const level = this.queue[node]!;
    this.queueArea[node]! += level * (now - this.queueSince[node]!);
    this.queueSince[node] = now;
    this.queue[node] = level + delta;
    if (level + delta > this.queueMax[node]!) this.queueMax[node] = level + delta;
  }

  queueLevel(node: number): number {
    return this.queue[node]!;
  }

  busyChange(lane: number, delta: number, now: number): void {
    const level = this.busy[lane]!;
    const since = this.busySince[lane]!;
    if (level > 0) {
      const calendar = this.m.calendar[lane];
      const open = calendar ? calendar.openBetween(since, now) : now - since;
      this.busyOpen[lane]! += level * open;
      this.busyClosed[lane]! += level * (now - since - open);
    }
    this.busySince[lane] = now;
    this.busy[lane] = level + delta;
  }

  wipChange(delta: number, now: number): void {
    this.wipArea += this.wip * (now - this.wipSince);
    this.wipSeries.add(this.wipSince, now, this.wip);
    this.wipSince = now;
    this.wip += delta;
    if (this.wip > this.wipMax) this.wipMax = this.wip;
  }

  caseArrived(type: number): void {
    this.arrived++;
    this.typeArrived[type]! += 1;
  }

  caseCompleted(type: number, cycle: number, waiting: number, working: number, crossings: number): void {
    this.cycle.add(cycle);
    this.typeCompleted[type]! += 1;
    this.typeCycle[type]! += cycle;
    this.waiting += waiting;
    this.working += working;
    this.crossings += crossings;
  }

  caseStuck(): void {
    this.stuck++;
  }

  pingPongCase(laneA: number, laneB: number): void {
    const lanes = this.m.staff.length;
    const index = this.pairIndex.get(Math.min(laneA, laneB) * lanes + Math.max(laneA, laneB));
    if (index === undefined) return;
    this.pairCases[index]! += 1;
    this.pingPong++;
  }

  addFixedCost(cost: number): void {
    this.fixedCost += cost;
  }

  figures(end: number, inProgress: number): KeyFigures {
    const m = this.m;
    m.kind.forEach((_, n) => this.queueChange(n, 0, end));
    m.staff.forEach((_, l) => this.busyChange(l, 0, end));
    this.wipChange(0, end);
    const span = Math.max(0, end - this.from);
    const completed = this.cycle.count;
    const perCase = (total: number) => (completed > 0 ? total / completed : 0);
    const laneWait = perLane(m);
    this.waits.forEach((h, n) => (laneWait[m.nodeLane[n]!]! += h?.sum ?? 0));
    const lanes = m.laneIds.map((id, l) => {
      const calendar = m.calendar[l];
      const openHours = (calendar ? calendar.openBetween(this.from, end) : span) / 60;
      const capacity = m.staff[l]! * openHours;
      const overtimeHours = this.busyClosed[l]! / 60;
      const busyHours = (this.busyOpen[l]! + this.busyClosed[l]!) / 60;
      const cost = m.costPerHour[l]! * (capacity + overtimeHours);
      return { id, staff: m.staff[l]!, utilisation: capacity > 0 ? this.busyOpen[l]! / 60 / capacity : 0, busyHours, overtimeHours, cost, waitTotal: laneWait[l]! };
    });
    const costTotal = lanes.reduce((sum, l) => sum + l.cost, 0) + this.fixedCost;
    const pairs = [...this.pairIndex.entries()].map(([key, i]) => ({
      laneA: m.laneIds[Math.floor(key / m.staff.length)]!,
      laneB: m.laneIds[key % m.staff.length]!,
      cases: this.pairCases[i]!,
    }));
    return {
      span,
      arrived: this.arrived,
      completed,
      stuck: this.stuck,
      inProgress,
      throughputPerHour: span > 0 ? (completed / span) * 60 : 0,
      cycleMean: this.cycle.mean,
      cycleP50: this.cycle.quantile(0.5),
      cycleP90: this.cycle.quantile(0.9),
      cycleMax: this.cycle.max,
      waitingMean: perCase(this.waiting),
      workingMean: perCase(this.working),
      wipMean: span > 0 ? this.wipArea / span : this.wip,
      wipMax: this.wipMax,
      crossingsPerCase: perCase(this.crossings),
      pingPongCases: this.pingPong,
      costTotal,
      costPerCase: perCase(costTotal),
      nodes: m.nodeIds.map((id, n) => this.nodeFigures(id, n, span)),
      lanes,
      edges: m.edgeIds.map((id, e) => ({ id, traversals: this.traversals[e]!, missingHandoff: m.edgeMissingHandoff[e]! })),
      pingPong: pairs,
      caseTypes: m.caseTypeIds.map((id, t) => ({
        id,
        arrived: this.typeArrived[t]!,
        completed: this.typeCompleted[t]!,
        cycleMean: this.typeCompleted[t]! > 0 ? this.typeCycle[t]! / this.typeCompleted[t]! : 0,
      })),
    };
  }

  private nodeFigures(id: string, n: number, span: number) {
    const h = this.waits[n];
    const stuck = Object.fromEntries(STUCK_REASONS.map((r, i) => [r, this.stuckAt[i]![n]!])) as StuckCounts;
    const entered = this.entered[n]!;
    return {
      id,
      entered,
      waitMean: h?.mean ?? 0,
      waitP50: h?.quantile(0.5) ?? 0,
      waitP90: h?.quantile(0.9) ?? 0,
      waitMax: h?.max ?? 0,
      waitTotal: h?.sum ?? 0,
      queueMean: span > 0 ? this.queueArea[n]! / span : 0,
      queueMax: this.queueMax[n]!,
      breaches: this.breaches[n]!,
      breachShare: entered > 0 ? this.breaches[n]! / entered : 0,
      stuck,
    };
  }
}
