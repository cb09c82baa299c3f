// The ProcessRepository on IndexedDB through Dexie. Every multi-record change runs in one
// transaction, so a failure (a full disk, a closed tab) leaves the last good version in place.
import Dexie from 'dexie';
import { parseDocument, previewOf, type ProcessDocument } from '../model';
import { summarize, type FlowlaneDatabase } from './db';
import type { ProcessSummary, SnapshotKind, SnapshotSummary } from './records';
import {
  StorageError,
  type ImportChoice,
  type LibraryFilter,
  type LoadOutcome,
  type ProcessRepository,
  type SaveOutcome,
  type StorageFailure,
} from './repository';

/** Snapshots kept per process: automatic ones (on open, while editing, before a restore). */
export const AUTO_SNAPSHOT_LIMIT = 30;
/** … and ones a user saved by name or whose work exists nowhere else (rescued changes). */
export const MANUAL_SNAPSHOT_LIMIT = 100;

const keptLonger = (kind: SnapshotKind) => kind === 'manual' || kind === 'rescued';

export function failureOf(error: unknown): StorageFailure {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  if (e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError') return 'quota';
  return 'failed';
}

/** Runs a write; a failure becomes a StorageError with a reason the UI can explain. */
async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(failureOf(error), error);
  }
}

export class DexieRepository implements ProcessRepository {
  constructor(
    private readonly db: FlowlaneDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  listProcesses({ trash }: LibraryFilter): Promise<ProcessSummary[]> {
    const byTrash = this.db.processes.where('deletedAt');
    return (trash ? byTrash.above(0) : byTrash.equals(0)).toArray();
  }

  getSummary(id: string) {
    return this.db.processes.get(id);
  }

  async loadProcess(id: string): Promise<LoadOutcome> {
    const [summary, record] = await Promise.all([this.db.processes.get(id), this.db.documents.get(id)]);
    if (!summary || !record) return { ok: false, reason: 'missing' };
    const parsed = parseDocument(record.doc);
    return parsed.ok ? { ok: true, doc: parsed.value, revision: summary.revision } : { ok: false, reason: 'corrupt', issues: parsed.error };
  }

  createProcess(doc: ProcessDocument): Promise<ProcessSummary> {
    return guarded(() =>
      this.db.transaction('rw', this.db.processes, this.db.documents, async () => {
        const time = this.now();
        const summary = summarize(doc, { createdAt: time, updatedAt: time }, 1);
        await this.db.documents.add({ id: doc.id, doc });
        await this.db.processes.add(summary);
        return summary;
      }),
    );
  }

  async saveProcess(doc: ProcessDocument, baseRevision: number): Promise<SaveOutcome> {
    try {
      return await this.db.transaction('rw', this.db.processes, this.db.documents, async () => {
        const current = await this.db.processes.get(doc.id);
        if (!current) return { ok: false as const, reason: 'missing' as const };
        if (current.revision !== baseRevision) return { ok: false as const, reason: 'conflict' as const };
        const revision = current.revision + 1;
        await this.db.documents.put({ id: doc.id, doc });
        await this.db.processes.put(summarize(doc, { ...current, updatedAt: this.now() }, revision));
        return { ok: true as const, revision };
      });
    } catch (error) {
      return { ok: false, reason: failureOf(error) };
    }
  }

  renameProcess(id: string, name: string): Promise<void> {
    return guarded(() =>
      this.db.transaction('rw', this.db.processes, this.db.documents, async () => {
        const [summary, record] = await Promise.all([this.db.processes.get(id), this.db.documents.get(id)]);
        if (!summary || !record) throw new StorageError('missing');
        const doc = { ...record.doc, name };
        await this.db.documents.put({ id, doc });
        await this.db.processes.put(summarize(doc, { ...summary, updatedAt: this.now() }, summary.revision + 1));
      }),
    );
  }

  async duplicateProcess(id: string, copy: { id: string; name: string }): Promise<ProcessSummary> {
    const record = await this.db.documents.get(id);
    if (!record) throw new StorageError('missing');
    return this.createProcess({ ...record.doc, id: copy.id, name: copy.name });
  }

  trashProcess(id: string) {
    return guarded(async () => void (await this.db.processes.update(id, { deletedAt: this.now() })));
  }

  restoreProcess(id: string) {
    return guarded(async () => void (await this.db.processes.update(id, { deletedAt: 0 })));
  }

  deleteForever(id: string) {
    return guarded(() => this.deleteMany([id]));
  }

  emptyTrash(): Promise<number> {
    return guarded(() =>
      this.db.transaction('rw', [this.db.processes, this.db.documents, this.db.snapshots, this.db.snapshotDocs], async () => {
        const ids = (await this.db.processes.where('deletedAt').above(0).primaryKeys()) as string[];
        await this.deleteMany(ids);
        return ids.length;
      }),
    );
  }

  private deleteMany(ids: string[]) {
    return this.db.transaction('rw', [this.db.processes, this.db.documents, this.db.snapshots, this.db.snapshotDocs], async () => {
      const snapshotIds = (await this.db.snapshots.where('processId').anyOf(ids).primaryKeys()) as number[];
      await this.db.snapshotDocs.bulkDelete(snapshotIds);
      await this.db.snapshots.bulkDelete(snapshotIds);
      await this.db.documents.bulkDelete(ids);
      await this.db.processes.bulkDelete(ids);
    });
  }

  async listSnapshots(processId: string): Promise<SnapshotSummary[]> {
    const rows = await this.db.snapshots
      .where('[processId+createdAt]')
      .between([processId, Dexie.minKey], [processId, Dexie.maxKey])
      .reverse()
      .toArray();
    return rows as SnapshotSummary[];
  }

  async getSnapshotDocument(id: number): Promise<LoadOutcome> {
    const record = await this.db.snapshotDocs.get(id);
    if (!record) return { ok: false, reason: 'missing' };
    const parsed = parseDocument(record.doc);
    return parsed.ok ? { ok: true, doc: parsed.value, revision: 0 } : { ok: false, reason: 'corrupt', issues: parsed.error };
  }

  addSnapshot(doc: ProcessDocument, kind: SnapshotKind, name = ''): Promise<number> {
    return guarded(() =>
      this.db.transaction('rw', this.db.snapshots, this.db.snapshotDocs, () => this.snapshotInTransaction(doc, kind, name)),
    );
  }

  /** Adds a snapshot and drops the oldest of its kind beyond the cap; call inside a transaction. */
  private async snapshotInTransaction(doc: ProcessDocument, kind: SnapshotKind, name: string): Promise<number> {
    const id = (await this.db.snapshots.add({ processId: doc.id, createdAt: this.now(), kind, name, nodeCount: doc.nodes.length, preview: previewOf(doc) })) as number;
    await this.db.snapshotDocs.add({ id, doc });
    const longer = keptLonger(kind);
    const sameGroup = (await this.listSnapshots(doc.id)).filter((s) => keptLonger(s.kind) === longer);
    const excess = sameGroup.slice(longer ? MANUAL_SNAPSHOT_LIMIT : AUTO_SNAPSHOT_LIMIT).map((s) => s.id);
    await this.db.snapshots.bulkDelete(excess);
    await this.db.snapshotDocs.bulkDelete(excess);
    return id;
  }

  async existingIds(ids: string[]): Promise<string[]> {
    const found = await this.db.processes.bulkGet(ids);
    return found.flatMap((s) => (s ? [s.id] : []));
  }

  importProcesses(
    docs: ProcessDocument[],
    choices: Record<string, ImportChoice>,
    copies: Record<string, { id: string; name: string }>,
  ): Promise<string[]> {
    const tables = [this.db.processes, this.db.documents, this.db.snapshots, this.db.snapshotDocs];
    return guarded(() =>
      this.db.transaction('rw', tables, async () => {
        const stored: string[] = [];
        for (const doc of docs) {
          const existing = await this.db.processes.get(doc.id);
          const time = this.now();
          if (existing && choices[doc.id] === 'replace') {
            const old = await this.db.documents.get(doc.id);
            if (old) await this.snapshotInTransaction(old.doc, 'beforeReplace', '');
            await this.db.documents.put({ id: doc.id, doc });
            await this.db.processes.put(summarize(doc, { createdAt: existing.createdAt, updatedAt: time }, existing.revision + 1));
            stored.push(doc.id);
          } else {
            const copy = existing ? copies[doc.id] : undefined;
            if (existing && !copy) throw new StorageError('failed');
            const placed = copy ? { ...doc, ...copy } : doc;
            await this.db.documents.add({ id: placed.id, doc: placed });
            await this.db.processes.add(summarize(placed, { createdAt: time, updatedAt: time }, 1));
            stored.push(placed.id);
          }
        }
        return stored;
      }),
    );
  }

  async allDocuments(): Promise<ProcessDocument[]> {
    const ids = (await this.db.processes.where('deletedAt').equals(0).primaryKeys()) as string[];
    const records = await this.db.documents.bulkGet(ids);
    return records.flatMap((r) => (r ? [r.doc] : []));
  }
}
