// Defaults of the simulation inputs and readers that apply them, so every consumer (engine,
// properties panel) agrees on what an absent field means.
import {
  HOURS_PER_DAY,
  type Arrival,
  type ArrivalKind,
  type FlowEdge,
  type Lane,
  type ProcessDocument,
  type SimulationSettings,
  type StartNode,
  type TaskNode,
  type WorkingHours,
} from './types';

export const DEFAULT_ARRIVAL: Arrival = { kind: 'poisson', perHour: 6 };
export const DEFAULT_WORKING_HOURS: WorkingHours = { open: '09:00', close: '18:00' };

export const DEFAULT_SIMULATION: SimulationSettings = {
  run: { kind: 'cases', count: 1000 },
  warmUp: { length: 0, unit: 'hour' },
  replications: 5,
  seed: 1,
  caseTypes: [],
  scenarios: [],
};

export const MAX_REPLICATIONS = 100;
export const MAX_RUN_CASES = 10_000_000;

export const arrivalOf = (start: StartNode): Arrival => start.arrival ?? DEFAULT_ARRIVAL;
export const peopleOf = (task: TaskNode): number => task.people ?? 1;
export const fixedCostOf = (task: TaskNode): number => task.fixedCost ?? 0;
export const hoursOf = (lane: Lane): WorkingHours | null => lane.hours ?? null;
export const costPerHourOf = (lane: Lane): number => lane.costPerHour ?? 0;
export const caseTypesOf = (edge: FlowEdge): string[] => edge.caseTypes ?? [];
export const simulationOf = (doc: ProcessDocument): SimulationSettings => doc.simulation ?? DEFAULT_SIMULATION;

/** Minutes after midnight of a "HH:MM" clock time. */
export function minuteOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** "HH:MM" of minutes after midnight (0–1440). */
export function clockTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const MINUTES_PER: Record<string, number> = { second: 1 / 60, minute: 1, hour: 60, day: 24 * 60 };

/** Average cases per hour of an arrival (a fixed interval in days counts 24-hour days). */
export function arrivalPerHour(a: Arrival): number {
  switch (a.kind) {
    case 'poisson':
      return a.perHour;
    case 'interval':
      return 60 / (a.every * MINUTES_PER[a.unit]!);
    case 'profile':
      return a.perHour.reduce((sum, r) => sum + r, 0) / a.perHour.length;
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** An arrival of another kind with about the same number of cases, for switching kinds in the UI. */
export function convertArrival(a: Arrival, kind: ArrivalKind): Arrival {
  const rate = Math.max(round2(arrivalPerHour(a)), 0.01);
  switch (kind) {
    case 'poisson':
      return { kind, perHour: rate };
    case 'interval':
      return { kind, every: Math.max(round2(60 / rate), 0.01), unit: 'minute' };
    case 'profile':
      // The same daily total, spread over a working day 09:00–17:00.
      return { kind, perHour: Array.from({ length: HOURS_PER_DAY }, (_, h) => (h >= 9 && h < 17 ? round2((rate * HOURS_PER_DAY) / 8) : 0)) };
  }
}
