// The auto-layout command as the editor offers it: runs the layout for the open editor, tells the
// user what happened in plain words, and lets the steps glide to their new places.
import { useCallback } from 'react';
import { loadWorkerEngine, nodeSizeFor, type MeasureText } from '../../layout';
import { createLayoutRunner, makeNotice, type Editor, type LayoutOutcome, type LayoutRunner } from '../../state';
import { useEditor } from '../EditorContext';
import { createTextMeasure } from './measureText';

const ANIMATION_MS = 450;
const runners = new WeakMap<Editor, LayoutRunner>();
let measure: MeasureText | null = null;

/** One runner per open editor (the worker is started on first use). */
export function layoutRunnerOf(editor: Editor): LayoutRunner {
  let runner = runners.get(editor);
  if (!runner) {
    runner = createLayoutRunner(editor, {
      loadEngine: loadWorkerEngine,
      nodeSize: (node) => nodeSizeFor(node, (measure ??= createTextMeasure())),
    });
    runners.set(editor, runner);
  }
  return runner;
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
