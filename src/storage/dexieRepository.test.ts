import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand, parseFile, serializeFile, type ProcessDocument } from '../model';
import { clinicDoc } from '../model/testDocs';
import { openDatabase, type FlowlaneDatabase, type ProcessRowV1 } from './db';
import { deleteTestDatabase, openTestDatabase } from './testDatabase';
import { AUTO_SNAPSHOT_LIMIT, DexieRepository } from './dexieRepository';
import { StorageError } from './repository';

let counter = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await deleteTestDatabase(db);
});

function setup(name?: string, options: { failWrites?: () => boolean } = {}) {
  const db = openTestDatabase({ name, ...options });
  opened.push(db);
  let time = 1_000;
  return { db, repo: new DexieRepository(db, () => (time += 1000)) };
}

const renamed = (doc: ProcessDocument, name: string) => applyCommand(doc, 'renameProcess', { name });

describe('DexieRepository', () => {
  it('creates, lists and loads a process with its summary', async () => {
    const { repo } = setup();
    const summary = await repo.createProcess(clinicDoc());
    expect(summary).toMatchObject({ id: 'p_test', name: '测试流程', revision: 1, deletedAt: 0, laneNames: ['导诊', '咨询医生', '收银'], nodeCount: 6 });
    expect(summary.preview.nodes).toHaveLength(6);
    expect((await repo.listProcesses({ trash: false })).map((s) => s.id)).toEqual(['p_test']);
    expect(await repo.loadProcess('p_test')).toEqual({ ok: true, doc: clinicDoc(), revision: 1 });
    expect(await repo.loadProcess('nope')).toEqual({ ok: false, reason: 'missing' });
  });

  it('saves on top of the revision it was loaded at, and refuses a stale one', async () => {
    const { repo } = setup();
    await repo.createProcess(clinicDoc());
    expect(await repo.saveProcess(renamed(clinicDoc(), '初诊'), 1)).toEqual({ ok: true, revision: 2 });
    expect(await repo.saveProcess(renamed(clinicDoc(), '复诊'), 1)).toEqual({ ok: false, reason: 'conflict' });
    expect(await repo.saveProcess({ ...clinicDoc(), id: 'gone' }, 1)).toEqual({ ok: false, reason: 'missing' });
    const loaded = await repo.loadProcess('p_test');
    expect(loaded.ok && [loaded.doc.name, loaded.revision]).toEqual(['初诊', 2]);
    expect((await repo.getSummary('p_test'))?.name).toBe('初诊');
  });

  it('renames and duplicates', async () => {
    const { repo } = setup();
    await repo.createProcess(clinicDoc());
    await repo.renameProcess('p_test', '门诊接待');
    const loaded = await repo.loadProcess('p_test');
    expect(loaded.ok && [loaded.doc.name, loaded.revision]).toEqual(['门诊接待', 2]);
    const copy = await repo.duplicateProcess('p_test', { id: 'p_copy', name: '门诊接待 副本' });
    expect(copy).toMatchObject({ id: 'p_copy', name: '门诊接待 副本', revision: 1 });
    const copied = await repo.loadProcess('p_copy');
    expect(copied.ok && copied.doc.nodes).toEqual(clinicDoc().nodes);
    await expect(repo.renameProcess('gone', 'x')).rejects.toEqual(new StorageError('missing'));
  });

  it('moves processes to the trash, restores them and empties the trash with their snapshots', async () => {
    const { db, repo } = setup();
    await repo.createProcess(clinicDoc());
    await repo.createProcess({ ...clinicDoc(), id: 'p_b', name: 'B' });
    await repo.addSnapshot(clinicDoc(), 'manual', 'v1');
    await repo.trashProcess('p_test');
    expect((await repo.listProcesses({ trash: false })).map((s) => s.id)).toEqual(['p_b']);
    expect((await repo.listProcesses({ trash: true })).map((s) => s.id)).toEqual(['p_test']);
    await repo.restoreProcess('p_test');
    expect(await repo.listProcesses({ trash: true })).toEqual([]);
    await repo.trashProcess('p_test');
    expect(await repo.emptyTrash()).toBe(1);
    expect(await repo.loadProcess('p_test')).toEqual({ ok: false, reason: 'missing' });
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.snapshotDocs.count()).toBe(0);
    await repo.deleteForever('p_b');
    expect(await repo.listProcesses({ trash: false })).toEqual([]);
  });

  it('keeps snapshots newest first, capping automatic ones apart from named ones', async () => {
    const { repo } = setup();
    await repo.createProcess(clinicDoc());
    const named = await repo.addSnapshot(renamed(clinicDoc(), '定稿'), 'manual', '定稿');
    const rescued = await repo.addSnapshot(renamed(clinicDoc(), '关闭前'), 'rescued');
    for (let i = 0; i < AUTO_SNAPSHOT_LIMIT + 3; i++) await repo.addSnapshot(renamed(clinicDoc(), `自动 ${i}`), 'auto');
    const list = await repo.listSnapshots('p_test');
    expect(list.filter((s) => s.kind === 'auto')).toHaveLength(AUTO_SNAPSHOT_LIMIT);
    expect(list.some((s) => s.id === rescued)).toBe(true); // work that exists nowhere else is kept like named versions
    expect(list[0]?.createdAt).toBeGreaterThan(list[1]!.createdAt);
    expect(list.find((s) => s.kind === 'manual')).toMatchObject({ id: named, name: '定稿', nodeCount: 6 });
    const doc = await repo.getSnapshotDocument(named);
    expect(doc.ok && doc.doc.name).toBe('定稿');
    const oldest = await repo.getSnapshotDocument(list.filter((s) => s.kind === 'auto').at(-1)!.id);
    expect(oldest.ok && oldest.doc.name).toBe('自动 3');
  });

  it('imports new processes, replaces after a snapshot, or keeps both', async () => {
    const { repo } = setup();
    await repo.createProcess(clinicDoc());
    const incoming = renamed(clinicDoc(), '新版本');
    expect(await repo.existingIds(['p_test', 'p_new'])).toEqual(['p_test']);

    await repo.importProcesses([incoming], { p_test: 'keepBoth' }, { p_test: { id: 'p_kept', name: '新版本 (2)' } });
    expect((await repo.listProcesses({ trash: false })).map((s) => s.name).sort()).toEqual(['新版本 (2)', '测试流程']);

    await repo.importProcesses([incoming, { ...clinicDoc(), id: 'p_new' }], { p_test: 'replace' }, {});
    const replaced = await repo.loadProcess('p_test');
    expect(replaced.ok && [replaced.doc.name, replaced.revision]).toEqual(['新版本', 2]);
    const [before] = await repo.listSnapshots('p_test');
    expect(before).toMatchObject({ kind: 'beforeReplace' });
    const old = await repo.getSnapshotDocument(before!.id);
    expect(old.ok && old.doc.name).toBe('测试流程');
    expect(await repo.existingIds(['p_new'])).toEqual(['p_new']);
  });

  it('imports all or nothing', async () => {
    const { repo } = setup();
    await repo.createProcess(clinicDoc());
    // The second process exists but has no decision: the whole import is refused.
    await expect(repo.importProcesses([{ ...clinicDoc(), id: 'p_x' }, clinicDoc()], {}, {})).rejects.toBeInstanceOf(StorageError);
    expect(await repo.existingIds(['p_x'])).toEqual([]);
  });

  it('exports and re-imports the library byte for byte', async () => {
    const a = setup();
    await a.repo.createProcess(clinicDoc());
    await a.repo.createProcess({ ...renamed(clinicDoc(), '复诊'), id: 'p_b' });
    const text = serializeFile(await a.repo.allDocuments(), '0.1.0');
    const b = setup();
    const parsed = parseFile(text);
    if (!parsed.ok) throw new Error('export did not read back');
    await b.repo.importProcesses(parsed.value, {}, {});
    expect(serializeFile(await b.repo.allDocuments(), '0.1.0')).toBe(text);
  });

  it('reports a stored document that no longer validates instead of opening it', async () => {
    const { db, repo } = setup();
    await repo.createProcess(clinicDoc());
    await db.documents.put({ id: 'p_test', doc: { ...clinicDoc(), lanes: 'broken' } as unknown as ProcessDocument });
    expect(await repo.loadProcess('p_test')).toMatchObject({ ok: false, reason: 'corrupt', issues: [{ code: 'wrongType', field: 'lanes' }] });
  });

  it('on a full disk says so and keeps the last good version', async () => {
    let full = false;
    const { repo } = setup(undefined, { failWrites: () => full });
    await repo.createProcess(clinicDoc());
    full = true;
    expect(await repo.saveProcess(renamed(clinicDoc(), '丢失的修改'), 1)).toEqual({ ok: false, reason: 'quota' });
    await expect(repo.createProcess({ ...clinicDoc(), id: 'p_2' })).rejects.toEqual(new StorageError('quota'));
    await expect(repo.addSnapshot(clinicDoc(), 'auto')).rejects.toEqual(new StorageError('quota'));
    full = false;
    const loaded = await repo.loadProcess('p_test');
    expect(loaded.ok && [loaded.doc.name, loaded.revision]).toEqual(['测试流程', 1]);
    expect(await repo.existingIds(['p_2'])).toEqual([]);
  });

  it('lets only one of two concurrent writers save on the same revision', async () => {
    const name = `flowlane-test-${++counter}`;
    const first = setup(name);
    const second = { repo: new DexieRepository(openDatabase(name)) };
    await first.repo.createProcess(clinicDoc());
    const results = await Promise.all([
      first.repo.saveProcess(renamed(clinicDoc(), '甲'), 1),
      second.repo.saveProcess(renamed(clinicDoc(), '乙'), 1),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'conflict' }]);
    const loaded = await first.repo.loadProcess('p_test');
    expect(loaded.ok && loaded.revision).toBe(2);
  });
});

describe('database upgrade', () => {
  it('keeps every version-1 record when opening with version 2', async () => {
    const name = `flowlane-upgrade-${++counter}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ processes: 'id, updatedAt' });
    const rows: ProcessRowV1[] = [
      { id: 'p_test', name: '初诊', updatedAt: 111, doc: clinicDoc() },
      { id: 'p_b', name: '复诊', updatedAt: 222, doc: { ...clinicDoc(), id: 'p_b', name: '复诊' } },
    ];
    await v1.table('processes').bulkAdd(rows);
    v1.close();

    const db: FlowlaneDatabase = openDatabase(name);
    opened.push(db);
    const repo = new DexieRepository(db);
    const list = await repo.listProcesses({ trash: false });
    expect(db.verno).toBe(2);
    expect(list.map((s) => [s.id, s.name, s.updatedAt, s.revision, s.nodeCount]).sort()).toEqual([
      ['p_b', '复诊', 222, 1, 6],
      ['p_test', '初诊', 111, 1, 6],
    ]);
    const loaded = await repo.loadProcess('p_test');
    expect(loaded.ok && loaded.doc.name).toBe('初诊');
    expect(loaded.ok && loaded.doc.edges).toEqual(clinicDoc().edges);
  });
});
