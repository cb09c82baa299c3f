// Time units of the document in the engine's unit, the minute.
import type { TimeUnit } from '../../model';
import { MINUTES_PER_DAY } from '../core/calendar';

const MINUTES: Record<Exclude<TimeUnit, 'day'>, number> = { second: 1 / 60, minute: 1, hour: 60 };

/**
 * Minutes per unit. A `day` is a working day of `dayLength` minutes: the lane's opening hours for
 * step durations, and 24 hours for calendar spans (run length, warm-up, arrival intervals).
 */
export const minutesPer = (unit: TimeUnit, dayLength = MINUTES_PER_DAY): number =>
  unit === 'day' ? dayLength : MINUTES[unit];
