import type { Orientation, ProcessDocument } from '../types';
import { ModelError } from './internal';
import { fitLanes, withDiagram } from './internal';
import { fitPhases } from './phaseFit';

export const renameProcess = (doc: ProcessDocument, args: { name: string }) =>
  doc.name === args.name ? doc : { ...doc, name: args.name };

export const setProcessDescription = (doc: ProcessDocument, args: { description: string }) =>
  doc.description === args.description ? doc : { ...doc, description: args.description };

/** Turns lanes into rows (flow left to right) or columns (flow top to bottom). */
export function setOrientation(doc: ProcessDocument, args: { orientation: Orientation }): ProcessDocument {
  if (doc.diagram.orientation === args.orientation) return doc;
  // Node boxes keep their place along and across the flow; their extent along each axis swaps,
  // so lanes and phases may need to grow. Stored routes belong to the old drawing.
  const next = withDiagram(doc, { orientation: args.orientation, edgeRoutes: {} });
  return fitPhases(fitLanes(next));
}

/** Replaces the whole content with an earlier version of the same process (one undo step). */
export function restoreVersion(doc: ProcessDocument, args: { version: ProcessDocument }): ProcessDocument {
  if (args.version.id !== doc.id) throw new ModelError('A version of another process cannot be restored here');
  return args.version === doc ? doc : args.version;
}
