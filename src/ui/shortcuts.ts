// Every keyboard shortcut, in one table: the key handler runs it and the help dialog lists it.
// README.md lists them too (a test checks the two agree).
import type { ReactFlowInstance } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { GRID_SIZE, type NodeKind } from '../model';
import { actions, type Editor } from '../state';
import { autoLayout } from './layout/useAutoLayout';

export type ShortcutContext = {
  editor: Editor;
  flow: ReactFlowInstance;
  t: TFunction;
  /** Stores pending changes at once (saving is automatic; this only hurries it). */
  save?: () => void;
};

export type Shortcut = {
  id: string;
  /** Key combinations as shown to the user; "Mod" is Ctrl (⌘ on a Mac). */
  keys: string[];
  run: (ctx: ShortcutContext, event: KeyboardEvent) => void;
};

const addKind = (kind: NodeKind) => (c: ShortcutContext) =>
  actions.addNodeFromPalette(c.editor, kind, c.t(`defaults.label.${kind}`), c.t('defaults.laneName', { n: 1 }));

const nudge = (dx: number, dy: number) => (c: ShortcutContext, e: KeyboardEvent) => {
  const step = e.shiftKey ? GRID_SIZE * 5 : GRID_SIZE;
  actions.nudgeSelection(c.editor, dx * step, dy * step);
};

function startEditingSelection({ editor }: ShortcutContext) {
  const { selection } = editor.view.getState();
  const target =
    selection.nodes.length === 1 ? { kind: 'node' as const, id: selection.nodes[0]! }
    : selection.edges.length === 1 ? { kind: 'edge' as const, id: selection.edges[0]! }
    : selection.lane ? { kind: 'lane' as const, id: selection.lane }
    : selection.phase ? { kind: 'phase' as const, id: selection.phase }
    : null;
  if (target) editor.view.setState({ editing: target });
}

export const SHORTCUTS: Shortcut[] = [
  { id: 'save', keys: ['Mod+S'], run: (c) => c.save?.() },
  { id: 'undo', keys: ['Mod+Z'], run: (c) => actions.undo(c.editor) },
  { id: 'redo', keys: ['Mod+Shift+Z', 'Ctrl+Y'], run: (c) => actions.redo(c.editor) },
  { id: 'delete', keys: ['Delete', 'Backspace'], run: (c) => actions.deleteSelection(c.editor) },
  { id: 'selectAll', keys: ['Mod+A'], run: (c) => actions.selectAll(c.editor) },
  { id: 'copy', keys: ['Mod+C'], run: (c) => actions.copySelection(c.editor) },
  { id: 'cut', keys: ['Mod+X'], run: (c) => actions.cutSelection(c.editor) },
  { id: 'paste', keys: ['Mod+V'], run: (c) => actions.paste(c.editor) },
  { id: 'duplicate', keys: ['Mod+D'], run: (c) => actions.duplicateSelection(c.editor) },
  { id: 'rename', keys: ['F2', 'Enter'], run: startEditingSelection },
  { id: 'deselect', keys: ['Escape'], run: (c) => actions.clearSelection(c.editor) },
  { id: 'nudgeLeft', keys: ['ArrowLeft', 'Shift+ArrowLeft'], run: nudge(-1, 0) },
  { id: 'nudgeRight', keys: ['ArrowRight', 'Shift+ArrowRight'], run: nudge(1, 0) },
  { id: 'nudgeUp', keys: ['ArrowUp', 'Shift+ArrowUp'], run: nudge(0, -1) },
  { id: 'nudgeDown', keys: ['ArrowDown', 'Shift+ArrowDown'], run: nudge(0, 1) },
  { id: 'addTask', keys: ['T'], run: addKind('task') },
  { id: 'addDecision', keys: ['D'], run: addKind('decision') },
  { id: 'addStart', keys: ['S'], run: addKind('start') },
  { id: 'addEnd', keys: ['E'], run: addKind('end') },
  { id: 'addWait', keys: ['W'], run: addKind('wait') },
  { id: 'addSplit', keys: ['P'], run: addKind('parallelSplit') },
  { id: 'addJoin', keys: ['J'], run: addKind('parallelJoin') },
  { id: 'addLane', keys: ['L'], run: (c) => actions.addLane(c.editor, c.t('defaults.laneName', { n: c.editor.document.getState().doc.lanes.length + 1 })) },
  { id: 'zoomIn', keys: ['+', '='], run: (c) => void c.flow.zoomIn({ duration: 150 }) },
  { id: 'zoomOut', keys: ['-'], run: (c) => void c.flow.zoomOut({ duration: 150 }) },
  { id: 'autoLayout', keys: ['Shift+L'], run: (c) => void autoLayout(c.editor) },
  { id: 'fitView', keys: ['Shift+1'], run: (c) => void c.flow.fitView({ duration: 300, padding: 0.15 }) },
  { id: 'help', keys: ['?', 'F1'], run: (c) => c.editor.view.setState({ dialog: { kind: 'help' } }) },
];

/** Does a key event match a combination like "Mod+Shift+Z"? */
export function matches(combo: string, e: KeyboardEvent): boolean {
  const parts = combo === '+' ? ['+'] : combo.endsWith('++') ? [...combo.slice(0, -2).split('+'), '+'] : combo.split('+');
  const key = parts.pop()!;
  const mods = new Set(parts);
  const command = e.ctrlKey || e.metaKey;
  if (mods.has('Ctrl') ? !e.ctrlKey : mods.has('Mod') ? !command : command) return false;
  if (e.altKey) return false;
  // Whether "?", "+" or "=" need Shift depends on the keyboard layout, so Shift is not checked.
  const symbol = key.length === 1 && !/[a-z0-9]/i.test(key);
  if (!symbol && mods.has('Shift') !== e.shiftKey) return false;
  if (key === '1') return e.code === 'Digit1'; // Shift+1 types "!"
  return key.length === 1 ? e.key.toLowerCase() === key.toLowerCase() : e.key === key;
}
