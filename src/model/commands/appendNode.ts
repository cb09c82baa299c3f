import type { EdgeId, NodeId, NodeKind, ProcessDocument } from '../types';
import { freeSpot } from '../placement';
import { addNode } from './nodes';
import { connect } from './edges';
import { requireGeometry, requireNode } from './internal';

/** Adds a node just after `fromId`, in the same lane, and connects the two: one step to undo. */
export function appendNode(
  doc: ProcessDocument,
  args: { fromId: NodeId; id: NodeId; edgeId: EdgeId; kind: NodeKind; label: string },
): ProcessDocument {
  const from = requireNode(doc, args.fromId);
  const at = freeSpot(doc, from.laneId, args.kind, requireGeometry(doc, from.id));
  const added = addNode(doc, { id: args.id, kind: args.kind, laneId: from.laneId, label: args.label, at });
  return connect(added, { id: args.edgeId, source: from.id, target: args.id });
}
