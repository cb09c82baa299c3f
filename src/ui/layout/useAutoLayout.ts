// The auto-layout command as the editor offers it: runs the layout for the open editor, tells the
// user what happened in plain words, and lets the steps glide to their new places.
import { useCallback } from 'react';
import { loadWorkerEngine, nodeSizeFor, type MeasureText } from '../../layout';
import type { FlowEdge, ProcessDocument } from '../../model';
import { createLayoutRunner, makeNotice, type Editor, type LayoutOutcome, type LayoutRunner } from '../../state';
import { useEditor } from '../EditorContext';
import { createTextMeasure } from './measureText';

const ANIMATION_MS = 450;
/** Matches .fl-edge-label: padding and icons per part, one line high. */
const LABEL_PADDING = 16;
const LABEL_HEIGHT = 22;
const runners = new WeakMap<Editor, LayoutRunner>();
let measure: MeasureText | null = null;

/** One runner per open editor (the worker is started on first use). */
export function layoutRunnerOf(editor: Editor): LayoutRunner {
  let runner = runners.get(editor);
  if (!runner) {
    runner = createLayoutRunner(editor, {
      loadEngine: loadWorkerEngine,
      nodeSize: (node) => nodeSizeFor(node, textMeasure()),
      labelSize: edgeLabelSize,
    });
    runners.set(editor, runner);
  }
  return runner;
}

const textMeasure = () => (measure ??= createTextMeasure());

/** The box FlowEdge's label takes: its text, the branch share and the hand-off, one line. */
function edgeLabelSize(edge: FlowEdge, doc: ProcessDocument): { w: number; h: number } | undefined {
  const source = doc.nodes.find((n) => n.id === edge.source);
  const share = source?.kind === 'decision' && edge.probability !== null ? '100%' : '';
  const parts = [edge.label, share, edge.handoff?.what ?? ''].filter((p) => p.trim() !== '');
  if (parts.length === 0) return undefined;
  return { w: textMeasure()(parts.join(' ')) + LABEL_PADDING * parts.length, h: LABEL_HEIGHT };
}

export async function autoLayout(editor: Editor): Promise<LayoutOutcome> {
  const outcome = await layoutRunnerOf(editor).run(editor.view.getState().layoutSpacing);
  const notice = noticeFor(outcome, editor);
  if (notice) editor.view.setState({ notice });
  if (outcome.kind === 'applied') {
    editor.view.setState({ layoutAnimating: true });
    setTimeout(() => editor.view.setState({ layoutAnimating: false }), ANIMATION_MS);
  }
  return outcome;
}

function noticeFor(outcome: LayoutOutcome, editor: Editor) {
  switch (outcome.kind) {
    case 'applied':
      return outcome.degraded ? makeNotice('layout.degraded') : null;
    case 'unchanged':
      return makeNotice('layout.unchanged');
    case 'cancelled':
      return makeNotice('layout.cancelled');
    case 'stale':
      return makeNotice('layout.stale', 'info', undefined, { key: 'layout.again', run: () => void autoLayout(editor) });
    case 'timeout':
      return makeNotice('layout.timeout', 'error');
    case 'failed':
      return makeNotice('layout.failed', 'error', { message: outcome.message });
    case 'readOnly':
      return makeNotice('layout.readOnly', 'error');
    case 'superseded':
      return null;
  }
}

export function useAutoLayout(): () => Promise<LayoutOutcome> {
  const editor = useEditor();
  return useCallback(() => autoLayout(editor), [editor]);
}
