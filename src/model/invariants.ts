// Rules every document produced by a command must keep. Tests run this after every command.
import { acrossSize, alongSize, laneBands, phaseColumns } from './geometry';
import { integrityIssues } from './integrity';
import type { ProcessDocument } from './types';

export function invariantViolations(doc: ProcessDocument): string[] {
  const out = integrityIssues(doc).map((i) => `${i.code} ${JSON.stringify(i.element)} ${i.field}`);
  const o = doc.diagram.orientation;
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  for (const id of Object.keys(doc.diagram.nodes)) if (!nodeIds.has(id)) out.push(`geometry for missing node ${id}`);
  const laneIds = new Set(doc.lanes.map((l) => l.id));
  for (const id of Object.keys(doc.diagram.laneSizes)) if (!laneIds.has(id)) out.push(`size for missing lane ${id}`);
  for (const l of doc.lanes) if (!(l.id in doc.diagram.laneSizes)) out.push(`lane ${l.id} has no size`);
  const phaseIds = new Set(doc.phases.map((p) => p.id));
  for (const id of Object.keys(doc.diagram.phaseSizes)) if (!phaseIds.has(id)) out.push(`size for missing phase ${id}`);
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  for (const id of Object.keys(doc.diagram.edgeRoutes)) if (!edgeIds.has(id)) out.push(`route for missing edge ${id}`);

  const lanes = new Map(laneBands(doc).map((b) => [b.id, b]));
  const columns = new Map(phaseColumns(doc).map((c) => [c.id, c]));
  for (const n of doc.nodes) {
    const g = doc.diagram.nodes[n.id];
    const lane = lanes.get(n.laneId);
    if (!g || !lane) continue;
    if (g.y < 0 || g.y + acrossSize(g, o) > lane.size) out.push(`node ${n.id} sticks out of lane ${n.laneId}`);
    const column = n.phaseId ? columns.get(n.phaseId) : undefined;
    if (column && (g.x < column.start || g.x + alongSize(g, o) > column.start + column.size))
      out.push(`node ${n.id} sticks out of phase ${n.phaseId}`);
  }
  const pairs = new Set<string>();
  for (const e of doc.edges) {
    if (e.source === e.target) out.push(`edge ${e.id} loops on itself`);
    const key = `${e.source}>${e.target}`;
    if (pairs.has(key)) out.push(`edge ${e.id} duplicates another`);
    pairs.add(key);
  }
  return out;
}
