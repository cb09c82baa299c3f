// A scenario as a document: the process as drawn with the scenario's changes applied. Changes
// naming a lane or step that no longer exists are skipped.
import type { ProcessDocument, Scenario } from '../../model';

export function applyScenario(doc: ProcessDocument, scenario: Scenario | null): ProcessDocument {
  if (!scenario || scenario.changes.length === 0) return doc;
  let { lanes, nodes } = doc;
  for (const change of scenario.changes) {
    if (change.kind === 'staff') {
      lanes = lanes.map((l) => (l.id === change.laneId ? { ...l, staff: Math.max(0, l.staff + change.delta) } : l));
    } else if (change.kind === 'duration') {
      nodes = nodes.map((n) => (n.id === change.nodeId && (n.kind === 'task' || n.kind === 'wait') ? { ...n, duration: change.duration } : n));
    }
  }
  return { ...doc, lanes, nodes };
}

/** The product of the scenario's demand factors (1 when it changes no demand). */
export const demandOf = (scenario: Scenario | null): number =>
  (scenario?.changes ?? []).reduce((f, c) => (c.kind === 'demand' ? f * c.factor : f), 1);
