// Lanes as resources: `staff` people and one first-come-first-served queue of tokens waiting for
// them. A step needing p people starts when p are free and the lane is open; work in progress
// at closing time is finished (overtime), new work waits for the next opening.
import { IntQueue } from '../core/intQueue';
import { startService } from './behaviours/task';
import type { Simulation } from './simulation';

export class Lanes {
  private readonly queues: IntQueue[];
  private readonly free: Int32Array;
  private readonly openingScheduled: Uint8Array;

  constructor(private readonly sim: Simulation) {
    this.queues = Array.from(sim.m.staff, () => new IntQueue());
    this.free = Int32Array.from(sim.m.staff);
    this.openingScheduled = new Uint8Array(sim.m.staff.length);
  }

  /** A token needs `people` for `node`: it starts at once if nobody is ahead and they are free, else queues. */
  join(lane: number, token: number, node: number, people: number): void {
    const { sim } = this;
    const queue = this.queues[lane]!;
    const calendar = sim.m.calendar[lane]!;
    if (queue.size === 0 && this.free[lane]! >= people && (calendar === null || calendar.isOpen(sim.now))) {
      this.free[lane]! -= people;
      return startService(sim, token);
    }
    queue.push(token);
    sim.stats.queueChange(node, 1, sim.now);
    if (sim.cases.recorded[sim.tokens.caseOf[token]!]) sim.record('queue', token, sim.m.nodeIds[node]!, { level: sim.stats.queueLevel(node) });
    if (queue.size === 1) this.dispatch(lane);
  }

  /** `people` are free again. */
  release(lane: number, people: number): void {
    this.free[lane]! += people;
    this.dispatch(lane);
  }

  opened(lane: number): void {
    this.openingScheduled[lane] = 0;
    this.dispatch(lane);
  }

  busy(lane: number): number {
    return this.sim.m.staff[lane]! - this.free[lane]!;
  }

  private dispatch(lane: number): void {
    const { sim } = this;
    const queue = this.queues[lane]!;
    const people = sim.m.people;
    const calendar = sim.m.calendar[lane]!;
    while (queue.size > 0) {
      const token = queue.peek();
      const needed = people[sim.tokens.node[token]!]!;
      if (this.free[lane]! < needed) return;
      if (calendar !== null && !calendar.isOpen(sim.now)) {
        if (!this.openingScheduled[lane]) {
          this.openingScheduled[lane] = 1;
          sim.heap.push(calendar.nextOpen(sim.now), sim.laneOpenArg(lane));
        }
        return;
      }
      queue.shift();
      this.free[lane]! -= needed;
      sim.stats.queueChange(sim.tokens.node[token]!, -1, sim.now);
      startService(sim, token);
    }
  }
}
