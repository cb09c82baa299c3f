// Runs the auto-layout for an open editor: one layout at a time (a new request supersedes the
// running one), a deadline after which ELK is stopped, and the result applied as one command
// only if the document is still the one that was laid out.
import { createStore } from 'zustand/vanilla';
import { layoutInputOf, layoutProcess, LayoutCancelled, type LayoutEngine, type Spacing } from '../layout';
import { stableStringify, type FlowEdge, type FlowNode, type ProcessDocument } from '../model';
import type { Editor } from './editor';

/** After this long a layout is stopped and the user told (tech-notes §3: ELK can hang). */
export const LAYOUT_DEADLINE_MS = 60_000;

export type LayoutOutcome =
  | { kind: 'applied'; degraded: boolean; ms: number }
  | { kind: 'unchanged' }
  | { kind: 'cancelled' }
  | { kind: 'superseded' }
  | { kind: 'stale' }
  | { kind: 'readOnly' }
  | { kind: 'timeout' }
  | { kind: 'failed'; message: string };

export type LayoutRunState = { running: boolean; startedAt: number | null; steps: number };

export type LayoutDeps = {
  loadEngine: () => Promise<LayoutEngine>;
  /** Screen size of a step's box, measured for its label. */
  nodeSize: (node: FlowNode) => { w: number; h: number };
  /** Screen size of an edge's label box, or undefined when it shows none. */
  labelSize?: (edge: FlowEdge, doc: ProcessDocument) => { w: number; h: number } | undefined;
  deadlineMs?: number;
};

export type LayoutRunner = ReturnType<typeof createLayoutRunner>;

export function createLayoutRunner(editor: Editor, deps: LayoutDeps) {
  const state = createStore<LayoutRunState>()(() => ({ running: false, startedAt: null, steps: 0 }));
  let engine: LayoutEngine | null = null;
  let generation = 0;
  let stopReason: 'cancelled' | 'timeout' | null = null;

  async function run(spacing: Spacing): Promise<LayoutOutcome> {
    if (editor.view.getState().readOnly) return { kind: 'readOnly' };
    if (state.getState().running) stop('cancelled');
    const mine = ++generation;
    stopReason = null;
    const doc = editor.document.getState().doc;
    const byId = new Map(doc.nodes.map((n) => [n.id, n]));
    const edges = new Map(doc.edges.map((e) => [e.id, e]));
    const input = layoutInputOf(doc, (id) => deps.nodeSize(byId.get(id)!), (id) => deps.labelSize?.(edges.get(id)!, doc));
    state.setState({ running: true, startedAt: Date.now(), steps: doc.nodes.length });
    const deadline = setTimeout(() => stop('timeout'), deps.deadlineMs ?? LAYOUT_DEADLINE_MS);
    try {
      engine ??= await deps.loadEngine();
      const result = await layoutProcess(input, engine, spacing);
      if (mine !== generation) return { kind: 'superseded' };
      if (stopReason) return { kind: stopReason };
      if (editor.document.getState().doc !== doc) return { kind: 'stale' };
      const { stats, ...geometry } = result;
      const current = doc.diagram;
      const same = stableStringify(geometry) === stableStringify({ nodes: current.nodes, laneSizes: current.laneSizes, phaseSizes: current.phaseSizes, edgeRoutes: current.edgeRoutes });
      if (same) return { kind: 'unchanged' };
      editor.document.getState().execute('applyLayout', { geometry });
      return { kind: 'applied', degraded: stats.degraded, ms: stats.totalMs };
    } catch (e) {
      if (mine !== generation) return { kind: 'superseded' };
      if (e instanceof LayoutCancelled || stopReason) return { kind: stopReason ?? 'cancelled' };
      return { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
    } finally {
      clearTimeout(deadline);
      if (mine === generation) state.setState({ running: false, startedAt: null });
    }
  }

  function stop(reason: 'cancelled' | 'timeout') {
    if (!state.getState().running) return;
    stopReason = reason;
    engine?.cancel();
  }

  return { state, run, cancel: () => stop('cancelled') };
}
