// Commands that edit the simulation inputs of single elements: arrivals at a start, people and
// fixed cost of a task, working hours and cost of a lane, hand-off delay and case types of a flow.
import type { z } from 'zod';
import { arrivalSchema, durationSchema, workingHoursSchema } from '../schema';
import type { Arrival, CaseTypeId, Duration, EdgeId, LaneId, NodeId, ProcessDocument, WorkingHours } from '../types';
import { ModelError, updateEdge, updateLane, updateNode } from './internal';

/** Throws a ModelError when `value` does not match the document schema for that field. */
export function requireValid<T>(schema: z.ZodType<T>, value: T, what: string): T {
  if (!schema.safeParse(value).success) throw new ModelError(`Invalid ${what}: ${JSON.stringify(value)}`);
  return value;
}

/** Equality of small JSON values (arrivals, durations, hours), for returning the same document. */
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const wholeAtLeastZero = (n: number) => Number.isInteger(n) && n >= 0;

export const setStartArrival = (doc: ProcessDocument, args: { id: NodeId; arrival: Arrival }) =>
  updateNode(doc, args.id, (n) => {
    if (n.kind !== 'start') throw new ModelError(`A ${n.kind} has no arrivals`);
    const arrival = requireValid(arrivalSchema, args.arrival, 'arrival');
    return sameValue(n.arrival, arrival) ? n : { ...n, arrival };
  });

/** How many people of its lane one execution of a task keeps busy (0: none, e.g. the customer alone). */
export const setTaskPeople = (doc: ProcessDocument, args: { id: NodeId; people: number }) =>
  updateNode(doc, args.id, (n) => {
    if (n.kind !== 'task') throw new ModelError(`A ${n.kind} needs no people`);
    if (!wholeAtLeastZero(args.people)) throw new ModelError('People must be a whole number ≥ 0');
    return (n.people ?? 1) === args.people ? n : { ...n, people: args.people };
  });

export const setTaskFixedCost = (doc: ProcessDocument, args: { id: NodeId; fixedCost: number }) =>
  updateNode(doc, args.id, (n) => {
    if (n.kind !== 'task') throw new ModelError(`A ${n.kind} has no cost`);
    if (!(args.fixedCost >= 0)) throw new ModelError('A cost must be ≥ 0');
    return (n.fixedCost ?? 0) === args.fixedCost ? n : { ...n, fixedCost: args.fixedCost };
  });

/** Sets the daily opening hours of a lane, or (null) makes it always open. */
export const setLaneHours = (doc: ProcessDocument, args: { id: LaneId; hours: WorkingHours | null }) =>
  updateLane(doc, args.id, (l) => {
    const hours = args.hours && requireValid(workingHoursSchema, args.hours, 'working hours');
    return sameValue(l.hours ?? null, hours) ? l : { ...l, hours };
  });

export const setLaneCost = (doc: ProcessDocument, args: { id: LaneId; costPerHour: number }) =>
  updateLane(doc, args.id, (l) => {
    if (!(args.costPerHour >= 0)) throw new ModelError('A cost must be ≥ 0');
    return (l.costPerHour ?? 0) === args.costPerHour ? l : { ...l, costPerHour: args.costPerHour };
  });

/** Sets (or, with null, removes) the time work spends between lanes along a flow. */
export const setHandoffDelay = (doc: ProcessDocument, args: { id: EdgeId; delay: Duration | null }) =>
  updateEdge(doc, args.id, (e) => {
    const delay = args.delay && requireValid(durationSchema, args.delay, 'delay');
    return sameValue(e.handoffDelay ?? null, delay) ? e : { ...e, handoffDelay: delay };
  });

/** The case types that always take this decision branch (empty: chosen by share). */
export function setBranchCaseTypes(doc: ProcessDocument, args: { id: EdgeId; caseTypes: CaseTypeId[] }) {
  const known = new Set((doc.simulation?.caseTypes ?? []).map((c) => c.id));
  const unknown = args.caseTypes.find((c) => !known.has(c));
  if (unknown !== undefined) throw new ModelError(`No case type ${unknown}`);
  const caseTypes = [...new Set(args.caseTypes)];
  return updateEdge(doc, args.id, (e) => (sameValue(e.caseTypes ?? [], caseTypes) ? e : { ...e, caseTypes }));
}
