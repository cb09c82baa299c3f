// Cross-reference rules a schema cannot express: unique ids, references that resolve, and
// geometry for every node.
import type { DocumentIssue, DocumentIssueCode } from './issues';
import { locate } from './locate';
import type { ProcessDocument } from './types';

export function integrityIssues(doc: ProcessDocument): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const add = (code: DocumentIssueCode, path: (string | number)[], params: Record<string, string> = {}) =>
    issues.push({ code, ...locate(doc, path), params });

  const seen = new Set<string>();
  const lists = [['lanes', doc.lanes], ['phases', doc.phases], ['nodes', doc.nodes], ['edges', doc.edges]] as const;
  for (const [key, items] of lists) {
    items.forEach((item, i) => {
      if (seen.has(item.id)) add('duplicateId', [key, i, 'id'], { id: item.id });
      seen.add(item.id);
    });
  }
  const laneIds = new Set(doc.lanes.map((l) => l.id));
  const phaseIds = new Set(doc.phases.map((p) => p.id));
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  doc.nodes.forEach((n, i) => {
    if (!laneIds.has(n.laneId)) add('unknownLane', ['nodes', i, 'laneId'], { id: n.laneId });
    if (n.phaseId !== null && !phaseIds.has(n.phaseId)) add('unknownPhase', ['nodes', i, 'phaseId'], { id: n.phaseId });
    if (!doc.diagram.nodes[n.id]) add('missingGeometry', ['nodes', i]);
  });
  doc.edges.forEach((e, i) => {
    if (!nodeIds.has(e.source)) add('unknownNode', ['edges', i, 'source'], { id: e.source });
    if (!nodeIds.has(e.target)) add('unknownNode', ['edges', i, 'target'], { id: e.target });
  });
  return issues;
}
