import { DEFAULT_PHASE_SIZE, MIN_PHASE_SIZE } from '../defaults';
import { phaseColumns } from '../geometry';
import type { PhaseId, ProcessDocument } from '../types';
import { ModelError, assertNewId, omitKeys, replaceById, withDiagram } from './internal';
import { fitPhases } from './phaseFit';

export function addPhase(
  doc: ProcessDocument,
  args: { id: PhaseId; name: string; index?: number },
): ProcessDocument {
  assertNewId(doc, args.id);
  const before = phaseColumns(doc);
  const phases = doc.phases.slice();
  phases.splice(args.index ?? phases.length, 0, { id: args.id, name: args.name });
  const next = withDiagram(
    { ...doc, phases },
    { phaseSizes: { ...doc.diagram.phaseSizes, [args.id]: DEFAULT_PHASE_SIZE } },
  );
  return fitPhases(next, before);
}

export function renamePhase(doc: ProcessDocument, args: { id: PhaseId; name: string }) {
  const phases = replaceById(doc.phases, args.id, (p) => (p.name === args.name ? p : { ...p, name: args.name }));
  return phases === doc.phases ? doc : { ...doc, phases };
}

export function movePhase(doc: ProcessDocument, args: { id: PhaseId; toIndex: number }): ProcessDocument {
  const from = doc.phases.findIndex((p) => p.id === args.id);
  if (from < 0) throw new ModelError(`No phase ${args.id}`);
  const to = Math.max(0, Math.min(doc.phases.length - 1, args.toIndex));
  if (from === to) return doc;
  const before = phaseColumns(doc);
  const phases = doc.phases.slice();
  const [phase] = phases.splice(from, 1);
  phases.splice(to, 0, phase!);
  return fitPhases({ ...doc, phases }, before);
}

/** Sets a phase column's length; it never gets shorter than its nodes need. */
export function resizePhase(doc: ProcessDocument, args: { id: PhaseId; size: number }): ProcessDocument {
  if (!doc.phases.some((p) => p.id === args.id)) throw new ModelError(`No phase ${args.id}`);
  const size = Math.round(Math.max(MIN_PHASE_SIZE, args.size));
  if (doc.diagram.phaseSizes[args.id] === size) return doc;
  const before = phaseColumns(doc);
  return fitPhases(withDiagram(doc, { phaseSizes: { ...doc.diagram.phaseSizes, [args.id]: size } }), before);
}

/** Deletes a phase; its nodes stay where they are but belong to no phase. */
export function deletePhase(doc: ProcessDocument, args: { id: PhaseId }): ProcessDocument {
  if (!doc.phases.some((p) => p.id === args.id)) throw new ModelError(`No phase ${args.id}`);
  const before = phaseColumns(doc).filter((b) => b.id !== args.id);
  const nodes = doc.nodes.map((n) => (n.phaseId === args.id ? { ...n, phaseId: null } : n));
  const next = withDiagram(
    { ...doc, nodes, phases: doc.phases.filter((p) => p.id !== args.id) },
    { phaseSizes: omitKeys(doc.diagram.phaseSizes, [args.id]) },
  );
  return fitPhases(next, before);
}
