// When the next case arrives at a start, for each kind of arrival in the document.
import type { Arrival } from '../../model';
import { MINUTES_PER_DAY } from '../core/calendar';
import type { RandomStream } from '../random/rng';
import { exponential } from '../random/sampler';
import { minutesPer } from './units';

const MINUTES_PER_HOUR = 60;

export class ArrivalProcess {
  private readonly kind: Arrival['kind'];
  /** Poisson: cases per minute; interval: minutes between cases. */
  private readonly value: number;
  /** Profile: cases per minute in each hour of the day. */
  private readonly profile: Float64Array;

  constructor(
    arrival: Arrival,
    private readonly stream: RandomStream,
    /** Multiplies every rate (scenarios with more or less demand). */
    demand = 1,
  ) {
    this.kind = arrival.kind;
    this.profile = new Float64Array(arrival.kind === 'profile' ? arrival.perHour.map((r) => (r * demand) / MINUTES_PER_HOUR) : []);
    if (arrival.kind === 'poisson') this.value = (arrival.perHour * demand) / MINUTES_PER_HOUR;
    else if (arrival.kind === 'interval') this.value = (arrival.every * minutesPer(arrival.unit)) / demand;
    else this.value = this.profile.reduce((a, b) => a + b, 0);
  }

  /** The first arrival: at time 0 for fixed intervals, else drawn like any other. */
  first(): number {
    return this.kind === 'interval' ? (Number.isFinite(this.value) ? 0 : Infinity) : this.next(0);
  }

  /** The arrival after one at `t`; Infinity when no more cases can arrive. */
  next(t: number): number {
    if (this.kind === 'interval') return t + this.value;
    if (this.value <= 0) return Infinity;
    if (this.kind === 'poisson') return t + exponential(this.stream, 1 / this.value);
    return this.nextByProfile(t);
  }

  /** Exact inversion of a rate that is constant within each hour of the day. */
  private nextByProfile(t: number): number {
    let need = exponential(this.stream, 1);
    for (;;) {
      const hour = Math.floor(t / MINUTES_PER_HOUR);
      const rate = this.profile[hour % (MINUTES_PER_DAY / MINUTES_PER_HOUR)]!;
      const end = (hour + 1) * MINUTES_PER_HOUR;
      if (rate * (end - t) >= need) return t + need / rate;
      need -= rate * (end - t);
      t = end;
    }
  }
}
