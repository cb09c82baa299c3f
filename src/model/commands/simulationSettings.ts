// Commands on the process-wide simulation settings: run length, warm-up, replications, seed,
// case types (with their shares) and scenarios. An absent `simulation` reads as the defaults.
import { simulationSchema } from '../schema';
import { simulationOf } from '../simulationInputs';
import type { CaseType, CaseTypeId, ProcessDocument, Scenario, ScenarioChange, ScenarioId, SimulationSettings } from '../types';
import { ModelError, replaceById } from './internal';
import { requireValid, sameValue } from './simulationInputs';

type RunSettings = Pick<SimulationSettings, 'run' | 'warmUp' | 'replications' | 'seed'>;

/** Replaces the settings, validated as a whole; returns the same document when nothing changes. */
function withSimulation(doc: ProcessDocument, next: SimulationSettings): ProcessDocument {
  if (sameValue(simulationOf(doc), next)) return doc;
  return { ...doc, simulation: requireValid(simulationSchema, next, 'simulation settings') };
}

function assertNewSimulationId(doc: ProcessDocument, id: string) {
  const s = simulationOf(doc);
  if (!id || s.caseTypes.some((c) => c.id === id) || s.scenarios.some((x) => x.id === id)) {
    throw new ModelError(`Id ${id} is empty or already used`);
  }
}

export const setSimulationSettings = (doc: ProcessDocument, args: Partial<RunSettings>) =>
  withSimulation(doc, { ...simulationOf(doc), ...args });

export function addCaseType(doc: ProcessDocument, args: CaseType): ProcessDocument {
  assertNewSimulationId(doc, args.id);
  const s = simulationOf(doc);
  return withSimulation(doc, { ...s, caseTypes: [...s.caseTypes, { id: args.id, name: args.name, share: args.share }] });
}

export function updateCaseType(doc: ProcessDocument, args: { id: CaseTypeId; name?: string; share?: number }) {
  const s = simulationOf(doc);
  const caseTypes = replaceById(s.caseTypes, args.id, (c) => ({ ...c, name: args.name ?? c.name, share: args.share ?? c.share }));
  return withSimulation(doc, { ...s, caseTypes });
}

/** Deletes a case type and forgets it on every decision branch that named it. */
export function deleteCaseType(doc: ProcessDocument, args: { id: CaseTypeId }): ProcessDocument {
  const s = simulationOf(doc);
  if (!s.caseTypes.some((c) => c.id === args.id)) throw new ModelError(`No case type ${args.id}`);
  const next = withSimulation(doc, { ...s, caseTypes: s.caseTypes.filter((c) => c.id !== args.id) });
  const named = (ids: string[] | undefined) => ids?.includes(args.id) ?? false;
  if (!doc.edges.some((e) => named(e.caseTypes))) return next;
  const edges = doc.edges.map((e) => (named(e.caseTypes) ? { ...e, caseTypes: e.caseTypes!.filter((c) => c !== args.id) } : e));
  return { ...next, edges };
}

export function addScenario(doc: ProcessDocument, args: { id: ScenarioId; name: string; changes?: ScenarioChange[] }) {
  assertNewSimulationId(doc, args.id);
  const s = simulationOf(doc);
  const scenario: Scenario = { id: args.id, name: args.name, changes: args.changes ?? [] };
  return withSimulation(doc, { ...s, scenarios: [...s.scenarios, scenario] });
}

/** Renames a scenario and/or replaces its list of changes. */
export function updateScenario(doc: ProcessDocument, args: { id: ScenarioId; name?: string; changes?: ScenarioChange[] }) {
  const s = simulationOf(doc);
  const scenarios = replaceById(s.scenarios, args.id, (x) => ({ ...x, name: args.name ?? x.name, changes: args.changes ?? x.changes }));
  return withSimulation(doc, { ...s, scenarios });
}

export function deleteScenario(doc: ProcessDocument, args: { id: ScenarioId }): ProcessDocument {
  const s = simulationOf(doc);
  if (!s.scenarios.some((x) => x.id === args.id)) throw new ModelError(`No scenario ${args.id}`);
  return withSimulation(doc, { ...s, scenarios: s.scenarios.filter((x) => x.id !== args.id) });
}
