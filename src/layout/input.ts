// The layout's view of a document: lanes, phases, steps with their sizes along and across the
// flow, and the edges between them.
import { acrossSize, alongSize, NODE_SIZES, type ProcessDocument } from '../model';
import type { LayoutInput } from './types';

type Box = { w: number; h: number };

/** `sizes` gives each step's box and `labels` each edge label's box (on screen), e.g. measured. */
export function layoutInputOf(doc: ProcessDocument, sizes: (nodeId: string) => Box | undefined, labels: (edgeId: string) => Box | undefined = () => undefined): LayoutInput {
  const o = doc.diagram.orientation;
  return {
    orientation: o,
    lanes: doc.lanes.map((l) => l.id),
    phases: doc.phases.map((p) => p.id),
    nodes: doc.nodes.map((n) => {
      const box = sizes(n.id) ?? doc.diagram.nodes[n.id] ?? NODE_SIZES[n.kind];
      return { id: n.id, laneId: n.laneId, phaseId: n.phaseId, size: { along: alongSize(box, o), across: acrossSize(box, o) } };
    }),
    edges: doc.edges.map((e) => {
      const label = labels(e.id);
      return { id: e.id, source: e.source, target: e.target, ...(label && { label: { along: alongSize(label, o), across: acrossSize(label, o) } }) };
    }),
  };
}
