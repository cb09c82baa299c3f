// Everything about the editor that is not the document: selection, drag previews, what is being
// edited in place, panels and dialogs. None of it enters the undo history.
import { createStore } from 'zustand/vanilla';
import type { Spacing } from '../layout';
import type { ElementRef, Fragment, LaneId, NodeId, PhaseId } from '../model';

export type Selection = {
  nodes: NodeId[];
  edges: string[];
  /** A lane or phase is selected through its header, on its own. */
  lane: LaneId | null;
  phase: PhaseId | null;
};

export const EMPTY_SELECTION: Selection = { nodes: [], edges: [], lane: null, phase: null };

export type InlineEdit = { kind: 'node' | 'edge' | 'lane' | 'phase'; id: string };

export type Notice = {
  /** i18n key of the message. */
  key: string;
  params?: Record<string, string | number>;
  tone: 'info' | 'error';
  id: number;
  /** A button in the notice, e.g. "Undo" after moving a process to the trash. */
  action?: { key: string; run: () => void };
};

export type Dialog = { kind: 'help' } | { kind: 'history' } | { kind: 'deleteLane'; laneId: LaneId } | null;

/** A live preview of a gesture that becomes one command when it ends. */
export type Preview = {
  /** Canvas top-left of nodes being dragged. */
  nodePositions: Record<NodeId, { x: number; y: number }> | null;
  /** Size of a lane being resized. */
  laneSize: { id: LaneId; size: number } | null;
  /** Size of a phase being resized. */
  phaseSize: { id: PhaseId; size: number } | null;
  /** A lane being dragged to a new place in the order. */
  laneMove: { id: LaneId; toIndex: number } | null;
};

export const EMPTY_PREVIEW: Preview = { nodePositions: null, laneSize: null, phaseSize: null, laneMove: null };

export type ViewState = {
  /** Nothing may change the document (it is open for editing elsewhere, or saving stopped). */
  readOnly: boolean;
  selection: Selection;
  preview: Preview;
  editing: InlineEdit | null;
  clipboard: { fragment: Fragment; pastes: number } | null;
  snapToGrid: boolean;
  showMinimap: boolean;
  showChecks: boolean;
  notice: Notice | null;
  dialog: Dialog;
  /** Asks the canvas to bring an element into view (e.g. after a click in the check panel). */
  focusRequest: { ref: ElementRef; nonce: number } | null;
  /** How far apart the auto-layout puts things. */
  layoutSpacing: Spacing;
  /** True for a moment after a layout, while steps glide to their new places. */
  layoutAnimating: boolean;
};

export const initialViewState = (): ViewState => ({
  readOnly: false,
  selection: EMPTY_SELECTION,
  preview: EMPTY_PREVIEW,
  editing: null,
  clipboard: null,
  snapToGrid: true,
  showMinimap: true,
  showChecks: true,
  notice: null,
  dialog: null,
  focusRequest: null,
  layoutSpacing: 'normal',
  layoutAnimating: false,
});

export const createViewStore = () => createStore<ViewState>()(() => initialViewState());
export type ViewStore = ReturnType<typeof createViewStore>;

let noticeCounter = 0;
export const makeNotice = (key: string, tone: Notice['tone'] = 'info', params?: Notice['params'], action?: Notice['action']): Notice => ({
  key,
  tone,
  params,
  action,
  id: ++noticeCounter,
});

export function showNotice(view: ViewStore, key: string, tone: Notice['tone'] = 'info', params?: Notice['params']) {
  view.setState({ notice: makeNotice(key, tone, params) });
}

export function setPreview(view: ViewStore, patch: Partial<Preview>) {
  view.setState((s) => ({ preview: { ...s.preview, ...patch } }));
}

export function select(view: ViewStore, selection: Partial<Selection>) {
  view.setState({ selection: { ...EMPTY_SELECTION, ...selection } });
}

export function requestFocus(view: ViewStore, ref: ElementRef) {
  view.setState((s) => ({ focusRequest: { ref, nonce: (s.focusRequest?.nonce ?? 0) + 1 } }));
}
