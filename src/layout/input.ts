// The layout's view of a document: lanes, phases, steps with their sizes along and across the
// flow, and the edges between them.
import { acrossSize, alongSize, NODE_SIZES, type ProcessDocument } from '../model';
import type { LayoutInput } from './types';

/** `sizes` gives each step's box (width × height on screen), e.g. measured for its label. */
export function layoutInputOf(doc: ProcessDocument, sizes: (nodeId: string) => { w: number; h: number } | undefined): LayoutInput {
  const o = doc.diagram.orientation;
  return {
    orientation: o,
    lanes: doc.lanes.map((l) => l.id),
    phases: doc.phases.map((p) => p.id),
    nodes: doc.nodes.map((n) => {
      const box = sizes(n.id) ?? doc.diagram.nodes[n.id] ?? NODE_SIZES[n.kind];
      return { id: n.id, laneId: n.laneId, phaseId: n.phaseId, size: { along: alongSize(box, o), across: acrossSize(box, o) } };
    }),
    edges: doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
}
