import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clinicDoc } from '../model/testDocs';
import { DexieRepository } from '../storage';
import { deleteTestDatabase, openTestDatabase } from '../storage/testDatabase';
import { createAutosave } from './autosave';
import { createEditor } from './editor';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup(options: { snapshotIntervalMs?: number; failWrites?: () => boolean } = {}) {
  const db = openTestDatabase({ failWrites: options.failWrites });
  cleanups.push(() => deleteTestDatabase(db));
  const repo = new DexieRepository(db);
  await repo.createProcess(clinicDoc());
  const editor = createEditor(clinicDoc());
  const onFirstSave = vi.fn();
  const autosave = createAutosave(editor, repo, { revision: 1, delayMs: 20, onFirstSave, snapshotIntervalMs: options.snapshotIntervalMs });
  cleanups.push(async () => autosave.dispose());
  const stored = async () => {
    const r = await repo.loadProcess('p_test');
    return r.ok ? r.doc : null;
  };
  return { db, repo, editor, autosave, stored, onFirstSave };
}

describe('autosave', () => {
  it('stores an edit shortly after it, without being asked', async () => {
    const { editor, autosave, stored, onFirstSave } = await setup();
    editor.document.getState().execute('renameLane', { id: 'l_guide', name: '前台' });
    expect(autosave.state.getState().status).toBe('unsaved');
    await vi.waitFor(async () => expect((await stored())?.lanes[0]?.name).toBe('前台'));
    await vi.waitFor(() => expect(autosave.state.getState()).toMatchObject({ status: 'saved', revision: 2 }));
    expect(onFirstSave).toHaveBeenCalledTimes(1);
  });

  it('flush stores at once, and a burst of edits is one write', async () => {
    const { editor, autosave, stored } = await setup();
    for (const name of ['甲', '乙', '丙']) editor.document.getState().execute('renameProcess', { name });
    await autosave.flush();
    expect((await stored())?.name).toBe('丙');
    expect(autosave.state.getState().revision).toBe(2);
  });

  it('stops and makes the editor read-only when another tab saved first', async () => {
    const { repo, editor, autosave, stored } = await setup();
    await repo.saveProcess({ ...clinicDoc(), name: '别的标签页' }, 1);
    editor.document.getState().execute('renameProcess', { name: '这个标签页' });
    await autosave.flush();
    expect(autosave.state.getState().status).toBe('conflict');
    expect(editor.view.getState().readOnly).toBe(true);
    expect((await stored())?.name).toBe('别的标签页');
    // After reloading the stored version, saving resumes from its revision.
    const reloaded = await repo.loadProcess('p_test');
    if (!reloaded.ok) throw new Error('missing');
    editor.view.setState({ readOnly: false });
    editor.document.getState().load(reloaded.doc);
    autosave.resume(reloaded.revision);
    editor.document.getState().execute('renameProcess', { name: '重新加载后' });
    await autosave.flush();
    expect((await stored())?.name).toBe('重新加载后');
  });

  it('reports a full disk and keeps trying on the next edit', async () => {
    let full = false;
    const { editor, autosave, stored } = await setup({ failWrites: () => full });
    full = true;
    editor.document.getState().execute('renameProcess', { name: '第一次' });
    await autosave.flush();
    expect(autosave.state.getState().status).toBe('quota');
    expect((await stored())?.name).toBe('测试流程');
    full = false;
    editor.document.getState().execute('renameProcess', { name: '第二次' });
    await autosave.flush();
    expect(autosave.state.getState().status).toBe('saved');
    expect((await stored())?.name).toBe('第二次');
  });

  it('keeps a snapshot while editing once the interval has passed', async () => {
    const { repo, editor, autosave } = await setup({ snapshotIntervalMs: 0 });
    editor.document.getState().execute('renameProcess', { name: '快照' });
    await autosave.flush();
    const [snapshot] = await repo.listSnapshots('p_test');
    expect(snapshot).toMatchObject({ kind: 'auto', processId: 'p_test' });
  });
});
