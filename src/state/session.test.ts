import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand, type ProcessDocument } from '../model';
import { clinicDoc } from '../model/testDocs';
import { DexieRepository, readRescueCopy, writeRescueCopy, type EditLock } from '../storage';
import { deleteTestDatabase, openTestDatabase } from '../storage/testDatabase';
import { memoryRescueStorage } from '../storage/testRescueStorage';
import { openSession, restoreSnapshot } from './session';

const dbs: ReturnType<typeof openTestDatabase>[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await deleteTestDatabase(db);
});

/** Web Locks stand-in: one holder per process. */
function locks() {
  const held = new Set<string>();
  return async (id: string): Promise<EditLock | null> => {
    if (held.has(id)) return null;
    held.add(id);
    return { release: () => held.delete(id) };
  };
}

async function setup() {
  const db = openTestDatabase();
  dbs.push(db);
  const repo = new DexieRepository(db);
  await repo.createProcess(clinicDoc());
  return { repo, acquireLock: locks() };
}

describe('process sessions', () => {
  it('opens a process for editing, keeps a snapshot of it, and saves edits on close', async () => {
    const { repo, acquireLock } = await setup();
    const opened = await openSession(repo, 'p_test', { acquireLock });
    if (!opened.ok) throw new Error('not opened');
    const { editor, autosave } = opened.value;
    expect(editor.view.getState().readOnly).toBe(false);
    expect(autosave).not.toBeNull();
    expect((await repo.listSnapshots('p_test')).map((s) => s.kind)).toEqual(['open']);
    editor.document.getState().execute('renameProcess', { name: '改名' });
    await opened.value.close();
    const stored = await repo.loadProcess('p_test');
    expect(stored.ok && stored.doc.name).toBe('改名');
  });

  it('does not keep another open-snapshot when nothing changed since the last one', async () => {
    const { repo, acquireLock } = await setup();
    const first = await openSession(repo, 'p_test', { acquireLock });
    if (first.ok) await first.value.close();
    const second = await openSession(repo, 'p_test', { acquireLock });
    if (second.ok) await second.value.close();
    expect(await repo.listSnapshots('p_test')).toHaveLength(1);
  });

  it('opens read-only, without saving, while another tab holds the process', async () => {
    const { repo, acquireLock } = await setup();
    const a = await openSession(repo, 'p_test', { acquireLock });
    const b = await openSession(repo, 'p_test', { acquireLock });
    if (!a.ok || !b.ok) throw new Error('not opened');
    expect(b.value.autosave).toBeNull();
    expect(b.value.editor.view.getState().readOnly).toBe(true);
    expect(b.value.editor.document.getState().execute('renameProcess', { name: '乙' })).toBe(false);
    await a.value.close();
    const c = await openSession(repo, 'p_test', { acquireLock });
    expect(c.ok && c.value.editor.view.getState().readOnly).toBe(false);
  });

  it('reports a missing or unreadable process', async () => {
    const { repo, acquireLock } = await setup();
    expect(await openSession(repo, 'nope', { acquireLock })).toEqual({ ok: false, error: { kind: 'missing' } });
    await repo.importProcesses([{ ...clinicDoc(), id: 'p_bad' }], {}, {});
    const db = dbs[0]!;
    await db.documents.put({ id: 'p_bad', doc: { ...clinicDoc(), id: 'p_bad', nodes: 7 } as unknown as ProcessDocument });
    expect(await openSession(repo, 'p_bad', { acquireLock })).toMatchObject({ ok: false, error: { kind: 'corrupt', issues: [{ field: 'nodes' }] } });
  });

  it('moves in changes rescued from a closed tab before loading, and rescues its own when hidden', async () => {
    const { repo, acquireLock } = await setup();
    const rescues = memoryRescueStorage();
    const rescued = applyCommand(clinicDoc(), 'renameProcess', { name: '关闭前的修改' });
    writeRescueCopy(rescues, { processId: 'p_test', baseRevision: 1, savedAt: Date.now() + 1, doc: rescued });
    const opened = await openSession(repo, 'p_test', { acquireLock, rescues, autosaveDelayMs: 10_000 });
    if (!opened.ok) throw new Error('not opened');
    const { editor, recovered, hide, close } = opened.value;
    expect(recovered).toEqual({ kind: 'saved', revision: 2 });
    expect(editor.document.getState().doc.name).toBe('关闭前的修改');
    editor.document.getState().execute('renameProcess', { name: '隐藏时' });
    hide();
    expect(readRescueCopy(rescues, 'p_test')).toMatchObject({ baseRevision: 2, doc: { name: '隐藏时' } });
    await close();
    expect(readRescueCopy(rescues, 'p_test')).toBeNull();
    const stored = await repo.loadProcess('p_test');
    expect(stored.ok && stored.doc.name).toBe('隐藏时');
  });

  it('leaves rescued changes alone while another tab edits the process', async () => {
    const { repo, acquireLock } = await setup();
    const rescues = memoryRescueStorage();
    const a = await openSession(repo, 'p_test', { acquireLock });
    writeRescueCopy(rescues, { processId: 'p_test', baseRevision: 1, savedAt: Date.now() + 1, doc: clinicDoc() });
    const b = await openSession(repo, 'p_test', { acquireLock, rescues });
    expect(b.ok && b.value.recovered).toEqual({ kind: 'none' });
    expect(readRescueCopy(rescues, 'p_test')).not.toBeNull();
    if (a.ok) await a.value.close();
  });

  it('restores a snapshot after keeping the current state, as one undo step', async () => {
    const { repo, acquireLock } = await setup();
    const opened = await openSession(repo, 'p_test', { acquireLock });
    if (!opened.ok) throw new Error('not opened');
    const { editor } = opened.value;
    const [openSnapshot] = await repo.listSnapshots('p_test');
    editor.document.getState().execute('deleteElements', { nodeIds: ['n_consult'], edgeIds: [] });
    expect(await restoreSnapshot(opened.value, repo, openSnapshot!.id)).toBe(true);
    expect(editor.document.getState().doc.nodes).toHaveLength(6);
    expect((await repo.listSnapshots('p_test'))[0]?.kind).toBe('beforeRestore');
    editor.document.temporal.getState().undo();
    expect(editor.document.getState().doc.nodes).toHaveLength(5);
    await opened.value.close();
  });
});
