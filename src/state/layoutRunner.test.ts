import { describe, expect, it } from 'vitest';
import { LayoutCancelled, layoutDefects, type ElkGraph, type LayoutEngine } from '../layout';
import { createInProcessEngine } from '../layout/engine/elkInProcess';
import { NODE_SIZES } from '../model';
import { clinicDoc } from '../model/testDocs';
import { createEditor } from './editor';
import { createLayoutRunner } from './layoutRunner';

const nodeSize = (n: { kind: keyof typeof NODE_SIZES }) => NODE_SIZES[n.kind];

/** An engine that never finishes unless cancelled, like ELK stuck on a pathological graph. */
function stuckEngine(): LayoutEngine & { cancelled: number } {
  let reject: ((e: Error) => void) | null = null;
  const engine = {
    cancelled: 0,
    layout: () => new Promise<ElkGraph>((_, fail) => (reject = fail)),
    cancel: () => {
      engine.cancelled += 1;
      reject?.(new LayoutCancelled());
    },
  };
  return engine;
}

describe('layout runner', () => {
  it('applies the layout as one undo step, and a second run changes nothing', async () => {
    const editor = createEditor(clinicDoc());
    const runner = createLayoutRunner(editor, { loadEngine: async () => createInProcessEngine(), nodeSize });
    const before = editor.document.getState().doc;
    expect((await runner.run('normal')).kind).toBe('applied');
    const after = editor.document.getState().doc;
    expect(after).not.toBe(before);
    expect(layoutDefects(after).overlaps).toEqual([]);
    expect(editor.document.temporal.getState().pastStates).toHaveLength(1);
    expect((await runner.run('normal')).kind).toBe('unchanged');
    expect(editor.document.temporal.getState().pastStates).toHaveLength(1);
    editor.document.temporal.getState().undo();
    expect(editor.document.getState().doc).toBe(before);
  });

  it('stops a layout that is cancelled or runs past its deadline, leaving the document as it was', async () => {
    const editor = createEditor(clinicDoc());
    const engine = stuckEngine();
    const before = editor.document.getState().doc;
    const runner = createLayoutRunner(editor, { loadEngine: async () => engine, nodeSize, deadlineMs: 50 });
    expect(await runner.run('normal')).toEqual({ kind: 'timeout' });
    const pending = runner.run('normal');
    await Promise.resolve();
    await Promise.resolve();
    runner.cancel();
    expect(await pending).toEqual({ kind: 'cancelled' });
    expect(engine.cancelled).toBe(2);
    expect(editor.document.getState().doc).toBe(before);
    expect(runner.state.getState().running).toBe(false);
  });

  it('drops a result computed for a document that has changed since, and refuses when read-only', async () => {
    const editor = createEditor(clinicDoc());
    const runner = createLayoutRunner(editor, { loadEngine: async () => createInProcessEngine(), nodeSize });
    const pending = runner.run('normal');
    editor.document.getState().execute('renameProcess', { name: '新名字' });
    expect(await pending).toEqual({ kind: 'stale' });
    editor.view.setState({ readOnly: true });
    expect(await runner.run('normal')).toEqual({ kind: 'readOnly' });
  });

  it('reports a failing engine with its message', async () => {
    const editor = createEditor(clinicDoc());
    const broken: LayoutEngine = { layout: async () => Promise.reject(new Error('Maximum call stack size exceeded')), cancel: () => undefined };
    const runner = createLayoutRunner(editor, { loadEngine: async () => broken, nodeSize });
    expect(await runner.run('normal')).toEqual({ kind: 'failed', message: 'Maximum call stack size exceeded' });
  });
});
