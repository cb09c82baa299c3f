// zod schema of the current document version: anything loaded from outside passes through it.
// Unknown fields are dropped; cross-references are checked separately (see integrity.ts).
import { z } from 'zod';
import { MAX_REPLICATIONS, MAX_RUN_CASES, minuteOfDay } from './simulationInputs';
import {
  HANDOFF_METHODS,
  HOURS_PER_DAY,
  ORIENTATIONS,
  TIME_STANDARD_KINDS,
  TIME_UNITS,
  type ProcessDocument,
} from './types';

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);
const nonNegative = z.number().min(0);
const positive = z.number().gt(0);

// Each refinement names the field it blames, so the message can say which value is wrong.
const ordered = (path: string, message: string) => ({ path: [path], message, params: { code: 'rangeOrder' } });

const distribution = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('fixed'), value: nonNegative }),
    z.object({ kind: z.literal('uniform'), min: nonNegative, max: nonNegative }),
    z.object({ kind: z.literal('triangular'), min: nonNegative, mode: nonNegative, max: nonNegative }),
    z.object({ kind: z.literal('exponential'), mean: positive }),
    z.object({ kind: z.literal('normal'), mean: nonNegative, sd: nonNegative }),
    z.object({ kind: z.literal('lognormal'), mean: positive, sd: nonNegative }),
  ])
  .refine((d) => d.kind !== 'uniform' || d.min <= d.max, ordered('max', 'min > max'))
  .refine((d) => d.kind !== 'triangular' || (d.min <= d.mode && d.mode <= d.max), ordered('mode', 'min ≤ mode ≤ max'));

const duration = z.object({ unit: z.enum(TIME_UNITS), dist: distribution });
export const durationSchema = duration;
const timeStandard = z.object({ kind: z.enum(TIME_STANDARD_KINDS), limit: positive, unit: z.enum(TIME_UNITS) });
const items = z.array(text(200)).max(500);

// Simulation inputs: every one optional, so documents drawn before them stay valid.
const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/);
export const workingHoursSchema = z
  .object({ open: clock, close: clock })
  .refine((h) => minuteOfDay(h.open) < minuteOfDay(h.close), ordered('close', 'open < close'));
const rate = z.number().min(0).max(1_000_000);
export const arrivalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('poisson'), perHour: rate }),
  z.object({ kind: z.literal('interval'), every: positive, unit: z.enum(TIME_UNITS) }),
  z.object({ kind: z.literal('profile'), perHour: z.array(rate).length(HOURS_PER_DAY) }),
]);
const share = z.number().min(0).max(1);
export const scenarioChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff'), laneId: id, delta: z.number().int().min(-100_000).max(100_000) }),
  z.object({ kind: z.literal('duration'), nodeId: id, duration }),
  z.object({ kind: z.literal('demand'), factor: z.number().min(0).max(1000) }),
]);
export const simulationSchema = z.object({
  run: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('cases'), count: z.number().int().min(1).max(MAX_RUN_CASES) }),
    z.object({ kind: z.literal('period'), length: positive, unit: z.enum(TIME_UNITS) }),
  ]),
  warmUp: z.object({ length: nonNegative, unit: z.enum(TIME_UNITS) }),
  replications: z.number().int().min(1).max(MAX_REPLICATIONS),
  seed: z.number().int().min(0).max(0xffff_ffff),
  caseTypes: z.array(z.object({ id, name: text(500), share })).max(100),
  scenarios: z.array(z.object({ id, name: text(500), changes: z.array(scenarioChangeSchema).max(1000) })).max(100),
});

const nodeBase = {
  id,
  laneId: id,
  phaseId: id.nullable(),
  label: text(2000),
  notes: text(100_000),
};

const node = z.discriminatedUnion('kind', [
  z.object({ ...nodeBase, kind: z.literal('start'), arrival: arrivalSchema.optional() }),
  z.object({ ...nodeBase, kind: z.literal('end') }),
  z.object({
    ...nodeBase,
    kind: z.literal('task'),
    duration,
    timeStandard: timeStandard.nullable(),
    needs: items,
    produces: items,
    people: z.number().int().min(0).max(100_000).optional(),
    fixedCost: nonNegative.optional(),
  }),
  z.object({ ...nodeBase, kind: z.literal('decision') }),
  z.object({ ...nodeBase, kind: z.literal('parallelSplit') }),
  z.object({ ...nodeBase, kind: z.literal('parallelJoin') }),
  z.object({ ...nodeBase, kind: z.literal('wait'), duration, timeStandard: timeStandard.nullable() }),
]);

const edge = z.object({
  id,
  source: id,
  target: id,
  label: text(2000),
  probability: z.number().min(0).max(1).nullable(),
  handoff: z
    .object({ what: text(2000), how: z.enum(HANDOFF_METHODS), note: text(10_000) })
    .nullable(),
  handoffDelay: duration.nullable().optional(),
  caseTypes: z.array(id).max(100).optional(),
});

const lane = z.object({
  id,
  name: text(500),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  staff: z.number().int().min(0).max(100_000),
  hours: workingHoursSchema.nullable().optional(),
  costPerHour: nonNegative.optional(),
});

const point = z.object({ x: z.number(), y: z.number() });
const geometry = z.object({ x: nonNegative, y: nonNegative, w: positive, h: positive });

const diagram = z.object({
  orientation: z.enum(ORIENTATIONS),
  nodes: z.record(z.string(), geometry),
  laneSizes: z.record(z.string(), positive),
  phaseSizes: z.record(z.string(), positive),
  edgeRoutes: z.record(z.string(), z.array(point)),
});

export const documentSchema = z.object({
  schemaVersion: z.number().int(),
  id,
  name: text(500),
  description: text(100_000),
  lanes: z.array(lane),
  phases: z.array(z.object({ id, name: text(500) })),
  nodes: z.array(node),
  edges: z.array(edge),
  diagram,
  simulation: simulationSchema.optional(),
}) satisfies z.ZodType<ProcessDocument>;
