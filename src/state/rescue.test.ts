import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../model';
import { clinicDoc } from '../model/testDocs';
import { DexieRepository, readRescueCopy, writeRescueCopy, type EditLock, type RescueStorage } from '../storage';
import { deleteTestDatabase, openTestDatabase } from '../storage/testDatabase';
import { memoryRescueStorage } from '../storage/testRescueStorage';
import { createAutosave } from './autosave';
import { createEditor } from './editor';
import { guardUnsavedChanges, recoverAllRescueCopies, recoverRescueCopy } from './rescue';

const dbs: ReturnType<typeof openTestDatabase>[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await deleteTestDatabase(db);
});

async function setup(options: { failWrites?: () => boolean } = {}) {
  const db = openTestDatabase(options);
  dbs.push(db);
  const repo = new DexieRepository(db);
  await repo.createProcess(clinicDoc());
  return { db, repo, store: memoryRescueStorage() };
}

const renamed = (name: string) => applyCommand(clinicDoc(), 'renameProcess', { name });
const stored = async (repo: DexieRepository) => {
  const loaded = await repo.loadProcess('p_test');
  if (!loaded.ok) throw new Error('not stored');
  return loaded;
};
const rescue = (store: RescueStorage, doc: unknown, baseRevision = 1, savedAt = Date.now() + 1) =>
  writeRescueCopy(store, { processId: 'p_test', baseRevision, savedAt, doc });

describe('rescue copies of unsaved changes', () => {
  it('are written while changes are unsaved and dropped once they are stored', async () => {
    const { repo, store } = await setup();
    const editor = createEditor(clinicDoc());
    const autosave = createAutosave(editor, repo, { revision: 1, delayMs: 10_000 });
    const guard = guardUnsavedChanges(store, 'p_test', autosave, () => 42);
    guard.keep();
    expect(readRescueCopy(store, 'p_test')).toBeNull(); // nothing unsaved yet
    editor.document.getState().execute('renameProcess', { name: '未保存' });
    guard.keep();
    expect(readRescueCopy(store, 'p_test')).toMatchObject({ baseRevision: 1, savedAt: 42, doc: { name: '未保存' } });
    await autosave.flush();
    expect(readRescueCopy(store, 'p_test')).toBeNull();
    guard.dispose();
    autosave.dispose();
  });

  it('are stored as the next revision when nothing was saved since', async () => {
    const { repo, store } = await setup();
    rescue(store, renamed('挂号处'));
    expect(await recoverRescueCopy(repo, store, 'p_test')).toEqual({ kind: 'saved', revision: 2 });
    expect((await stored(repo)).doc.name).toBe('挂号处');
    expect(readRescueCopy(store, 'p_test')).toBeNull();
    expect(await recoverRescueCopy(repo, store, 'p_test')).toEqual({ kind: 'none' });
  });

  it('are simply dropped when the save begun as the page closed did finish', async () => {
    const { repo, store } = await setup();
    await repo.saveProcess(renamed('挂号处'), 1);
    rescue(store, renamed('挂号处'));
    expect(await recoverRescueCopy(repo, store, 'p_test')).toEqual({ kind: 'alreadyStored' });
    expect(await repo.listSnapshots('p_test')).toEqual([]);
    expect(readRescueCopy(store, 'p_test')).toBeNull();
  });

  it('never overwrite a later save from another tab: they become a version in the history', async () => {
    const { repo, store } = await setup();
    await repo.saveProcess(renamed('另一个标签页'), 1);
    rescue(store, renamed('关闭的标签页'));
    expect(await recoverRescueCopy(repo, store, 'p_test')).toEqual({ kind: 'keptAsVersion', name: '另一个标签页' });
    expect(await stored(repo)).toMatchObject({ revision: 2, doc: { name: '另一个标签页' } });
    const [version] = await repo.listSnapshots('p_test');
    expect(version).toMatchObject({ kind: 'rescued' });
    const kept = await repo.getSnapshotDocument(version!.id);
    expect(kept.ok && kept.doc.name).toBe('关闭的标签页');
    expect(readRescueCopy(store, 'p_test')).toBeNull();
  });

  it('are dropped without touching the library when invalid, foreign or for a deleted process', async () => {
    const { db, repo, store } = await setup();
    const dangling = { ...clinicDoc(), edges: [...clinicDoc().edges, { ...clinicDoc().edges[0]!, id: 'e_x', target: 'n_gone' }] };
    const before = await db.documents.toArray();
    for (const doc of [dangling, { name: 'not a process' }, { ...clinicDoc(), id: 'p_other' }] as unknown[]) {
      rescue(store, doc);
      expect(await recoverRescueCopy(repo, store, 'p_test')).toEqual({ kind: 'dropped' });
      expect(readRescueCopy(store, 'p_test')).toBeNull();
    }
    expect(await db.documents.toArray()).toEqual(before);
    expect(await stored(repo)).toMatchObject({ revision: 1 });
    await repo.deleteForever('p_test');
    rescue(store, renamed('已删除'));
    expect(await recoverRescueCopy(repo, store, 'p_test')).toEqual({ kind: 'dropped' });
  });

  it('stay for the next attempt when the disk is full', async () => {
    let full = false;
    const { repo, store } = await setup({ failWrites: () => full });
    full = true;
    rescue(store, renamed('满了'));
    expect(await recoverRescueCopy(repo, store, 'p_test')).toEqual({ kind: 'failed', reason: 'quota' });
    expect(readRescueCopy(store, 'p_test')).not.toBeNull();
    full = false;
    expect(await recoverRescueCopy(repo, store, 'p_test')).toEqual({ kind: 'saved', revision: 2 });
  });

  it('are recovered for every process that no tab is editing', async () => {
    const { repo, store } = await setup();
    await repo.createProcess({ ...clinicDoc(), id: 'p_busy' });
    rescue(store, renamed('恢复'));
    writeRescueCopy(store, { processId: 'p_busy', baseRevision: 1, savedAt: Date.now() + 1, doc: { ...renamed('正在编辑'), id: 'p_busy' } });
    const released: string[] = [];
    const acquire = async (id: string): Promise<EditLock | null> => (id === 'p_busy' ? null : { release: () => released.push(id) });
    expect(await recoverAllRescueCopies(repo, store, acquire)).toEqual([{ processId: 'p_test', outcome: { kind: 'saved', revision: 2 } }]);
    expect(released).toEqual(['p_test']);
    expect(readRescueCopy(store, 'p_busy')).not.toBeNull();
    const busy = await repo.loadProcess('p_busy');
    expect(busy.ok && busy.doc.name).toBe('测试流程');
  });
});

