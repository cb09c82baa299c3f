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

  /** Adds a token to the lane's queue and starts whatever can start. */
  join(lane: number, token: number): void {
    this.queues[lane]!.push(token);
    this.dispatch(lane);
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
      startService(sim, token);
    }
  }
}
