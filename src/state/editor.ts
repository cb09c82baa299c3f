// An open editor: the document store with its history plus the view store, kept consistent
// (the selection never names elements the document no longer has).
import type { ProcessDocument } from '../model';
import { createDocumentStore, type DocumentStore } from './documentStore';
import { createViewStore, showNotice, type Selection, type ViewStore } from './viewStore';

export type Editor = { document: DocumentStore; view: ViewStore };

export function createEditor(initial: ProcessDocument, options: { readOnly?: boolean } = {}): Editor {
  const view = createViewStore();
  view.setState({ readOnly: options.readOnly ?? false });
  const document = createDocumentStore(initial, {
    onRefused: () => showNotice(view, 'notice.refused', 'error'),
    canEdit: () => !view.getState().readOnly,
  });
  document.subscribe((state, previous) => {
    if (state.doc !== previous.doc) pruneSelection(view, state.doc);
  });
  // Nothing is edited in place while read-only (the edit could not be stored).
  view.subscribe((s) => {
    if (s.readOnly && s.editing) view.setState({ editing: null });
  });
  return { document, view };
}

function pruneSelection(view: ViewStore, doc: ProcessDocument) {
  const { selection, editing } = view.getState();
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  const next: Selection = {
    nodes: selection.nodes.filter((id) => nodeIds.has(id)),
    edges: selection.edges.filter((id) => edgeIds.has(id)),
    lane: selection.lane && doc.lanes.some((l) => l.id === selection.lane) ? selection.lane : null,
    phase: selection.phase && doc.phases.some((p) => p.id === selection.phase) ? selection.phase : null,
  };
  const changed =
    next.nodes.length !== selection.nodes.length ||
    next.edges.length !== selection.edges.length ||
    next.lane !== selection.lane ||
    next.phase !== selection.phase;
  const editingGone =
    editing !== null &&
    !(editing.kind === 'node' ? nodeIds.has(editing.id) : editing.kind === 'edge' ? edgeIds.has(editing.id) : true);
  if (changed || editingGone) view.setState({ selection: changed ? next : selection, editing: editingGone ? null : editing });
}
