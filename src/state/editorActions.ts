// User intents that need both the document and the view (selection, clipboard). Each changes the
// document through exactly one command, so each is one undo step.
import {
  connectRefusal,
  extractFragment,
  freeSpot,
  newId,
  nodeScreenRects,
  resolveDrop,
  NODE_SIZES,
  type NodeKind,
} from '../model';
import type { Editor } from './editor';
import { EMPTY_SELECTION, select, showNotice } from './viewStore';

const doc = (e: Editor) => e.document.getState().doc;
const exec = (e: Editor) => e.document.getState().execute;
const readOnly = (e: Editor) => e.view.getState().readOnly;

export function undo(e: Editor) {
  if (readOnly(e)) return;
  e.view.setState({ editing: null });
  e.document.temporal.getState().undo();
}

export function redo(e: Editor) {
  if (readOnly(e)) return;
  e.view.setState({ editing: null });
  e.document.temporal.getState().redo();
}

export function selectAll(e: Editor) {
  const d = doc(e);
  select(e.view, { nodes: d.nodes.map((n) => n.id), edges: d.edges.map((x) => x.id) });
}

export const clearSelection = (e: Editor) => e.view.setState({ selection: EMPTY_SELECTION, editing: null });

/** The lane new things go into: the selected lane, the lane of the selected node, or the first. */
function targetLane(e: Editor): string | null {
  const d = doc(e);
  const { selection } = e.view.getState();
  if (selection.lane) return selection.lane;
  const node = d.nodes.find((n) => n.id === selection.nodes[0]);
  return node?.laneId ?? d.lanes[0]?.id ?? null;
}

/** Adds a lane after the selected one (or last), selects it and starts renaming it. */
export function addLane(e: Editor, name: string) {
  if (readOnly(e)) return;
  const d = doc(e);
  const selected = d.lanes.findIndex((l) => l.id === e.view.getState().selection.lane);
  const id = newId('lane');
  exec(e)('addLane', { id, name, index: selected >= 0 ? selected + 1 : d.lanes.length });
  e.view.setState({ selection: { ...EMPTY_SELECTION, lane: id }, editing: { kind: 'lane', id } });
}

export function addPhase(e: Editor, name: string) {
  if (readOnly(e)) return;
  const id = newId('phase');
  exec(e)('addPhase', { id, name });
  e.view.setState({ selection: { ...EMPTY_SELECTION, phase: id }, editing: { kind: 'phase', id } });
}

/**
 * Adds a node from the palette. With exactly one node selected (that may have a successor), the
 * new node goes right after it and is connected to it; otherwise it goes after the last node of
 * the target lane. A lane is created first when there is none. The new node is selected and
 * its label opened for typing.
 */
export function addNodeFromPalette(e: Editor, kind: NodeKind, label: string, firstLaneName: string) {
  if (readOnly(e)) return null;
  if (doc(e).lanes.length === 0) addLane(e, firstLaneName);
  const d = doc(e);
  const { selection } = e.view.getState();
  const from = selection.nodes.length === 1 ? d.nodes.find((n) => n.id === selection.nodes[0]) : undefined;
  const id = newId('node');
  const canFollow = from && from.kind !== 'end' && kind !== 'start';
  if (from && canFollow) {
    exec(e)('appendNode', { fromId: from.id, id, edgeId: newId('edge'), kind, label });
  } else {
    const laneId = targetLane(e)!;
    exec(e)('addNode', { id, kind, laneId, label, at: freeSpot(d, laneId, kind) });
  }
  e.view.setState({ selection: { ...EMPTY_SELECTION, nodes: [id] }, editing: { kind: 'node', id } });
  return id;
}

/** Adds a node dropped from the palette with its centre at canvas point `at`. */
export function dropNode(e: Editor, kind: NodeKind, label: string, at: { x: number; y: number }, firstLaneName: string) {
  if (readOnly(e)) return null;
  if (doc(e).lanes.length === 0) addLane(e, firstLaneName);
  const size = NODE_SIZES[kind];
  const drop = resolveDrop(doc(e), { x: at.x - size.w / 2, y: at.y - size.h / 2, ...size });
  if (!drop) return null;
  const id = newId('node');
  exec(e)('addNode', { id, kind, laneId: drop.laneId, label, at: { x: drop.geometry.x, y: drop.geometry.y } });
  e.view.setState({ selection: { ...EMPTY_SELECTION, nodes: [id] }, editing: { kind: 'node', id } });
  return id;
}

/** Draws an edge, or explains why it cannot be drawn. */
export function connectNodes(e: Editor, source: string, target: string) {
  const refusal = connectRefusal(doc(e), source, target);
  if (refusal) return showNotice(e.view, `notice.connect.${refusal}`, 'error');
  const id = newId('edge');
  exec(e)('connect', { id, source, target });
  select(e.view, { edges: [id] });
}

/** Deletes what is selected. A lane with steps in it asks first where they should go. */
export function deleteSelection(e: Editor) {
  const { selection } = e.view.getState();
  const d = doc(e);
  if (selection.lane) {
    const hasNodes = d.nodes.some((n) => n.laneId === selection.lane);
    if (hasNodes) return e.view.setState({ dialog: { kind: 'deleteLane', laneId: selection.lane } });
    return exec(e)('deleteLane', { id: selection.lane, moveNodesTo: null });
  }
  if (selection.phase) return exec(e)('deletePhase', { id: selection.phase });
  exec(e)('deleteElements', { nodeIds: selection.nodes, edgeIds: selection.edges });
}

export function copySelection(e: Editor) {
  const { selection } = e.view.getState();
  if (selection.nodes.length === 0) return false;
  e.view.setState({ clipboard: { fragment: extractFragment(doc(e), selection.nodes), pastes: 0 } });
  return true;
}

export function cutSelection(e: Editor) {
  if (copySelection(e)) deleteSelection(e);
}

const PASTE_OFFSET = 30;

/** Pastes the clipboard, each paste a little further down-right, and selects the copies. */
export function paste(e: Editor) {
  const clip = e.view.getState().clipboard;
  if (!clip || doc(e).lanes.length === 0) return;
  const shift = PASTE_OFFSET * (clip.pastes + 1);
  const idMap = Object.fromEntries([
    ...clip.fragment.nodes.map((n) => [n.id, newId('node')]),
    ...clip.fragment.edges.map((x) => [x.id, newId('edge')]),
  ]);
  const changed = exec(e)('pasteFragment', { fragment: clip.fragment, idMap, offset: { x: shift, y: shift } });
  if (!changed) return;
  e.view.setState({ clipboard: { ...clip, pastes: clip.pastes + 1 } });
  select(e.view, {
    nodes: clip.fragment.nodes.map((n) => idMap[n.id]!),
    edges: clip.fragment.edges.map((x) => idMap[x.id]!),
  });
}

export function duplicateSelection(e: Editor) {
  const saved = e.view.getState().clipboard;
  if (!copySelection(e)) return;
  paste(e);
  e.view.setState({ clipboard: saved });
}

/** Moves the selected nodes by (dx, dy) canvas units; they may cross into another lane. */
export function nudgeSelection(e: Editor, dx: number, dy: number) {
  const rects = nodeScreenRects(doc(e));
  const moves = e.view.getState().selection.nodes.flatMap((id) => {
    const r = rects.get(id);
    return r ? [{ id, x: r.x + dx, y: r.y + dy }] : [];
  });
  if (moves.length > 0) exec(e)('placeNodes', { moves });
}
