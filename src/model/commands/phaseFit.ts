// Phases are columns along the flow. A node in a phase must lie inside its column, so when
// columns move (reorder, resize, delete) their nodes move with them, and a column grows when a
// node would stick out of it.
import { DEFAULT_PHASE_SIZE, LANE_PADDING } from '../defaults';
import { alongSize, phaseColumns, type Band } from '../geometry';
import type { NodeGeometry, ProcessDocument } from '../types';
import { withDiagram } from './internal';

/**
 * Re-seats nodes in their phase columns. `before` is the column layout before a structural
 * change; nodes of a phase are shifted by how far its column moved. Nodes without a phase that
 * lay beyond every column are shifted by the change in total column length.
 */
export function fitPhases(doc: ProcessDocument, before: Band[] = phaseColumns(doc)): ProcessDocument {
  if (doc.phases.length === 0 && before.length === 0) return doc;
  const o = doc.diagram.orientation;
  const oldStart = new Map(before.map((b) => [b.id, b.start]));
  const oldEnd = before.reduce((end, b) => Math.max(end, b.start + b.size), 0);
  const geometry: Record<string, NodeGeometry> = { ...doc.diagram.nodes };
  const phaseSizes: Record<string, number> = { ...doc.diagram.phaseSizes };
  let start = 0;
  for (const phase of doc.phases) {
    const size = phaseSizes[phase.id] ?? DEFAULT_PHASE_SIZE;
    const shift = start - (oldStart.get(phase.id) ?? start);
    let required = size;
    for (const node of doc.nodes) {
      if (node.phaseId !== phase.id) continue;
      const g = geometry[node.id];
      if (!g) continue;
      const x = Math.max(start + LANE_PADDING, g.x + shift);
      geometry[node.id] = x === g.x ? g : { ...g, x };
      required = Math.max(required, x + alongSize(g, o) + LANE_PADDING - start);
    }
    phaseSizes[phase.id] = required;
    start += required;
  }
  const tailShift = start - oldEnd;
  if (tailShift !== 0 && before.length > 0) {
    for (const node of doc.nodes) {
      const g = geometry[node.id];
      if (node.phaseId === null && g && g.x >= oldEnd) geometry[node.id] = { ...g, x: g.x + tailShift };
    }
  }
  const changed =
    doc.nodes.some((n) => geometry[n.id] !== doc.diagram.nodes[n.id]) ||
    doc.phases.some((p) => phaseSizes[p.id] !== doc.diagram.phaseSizes[p.id]);
  return changed ? withDiagram(doc, { nodes: geometry, phaseSizes }) : doc;
}
