// The IndexedDB database (Dexie 4). DO NOT CHANGE A RELEASED VERSION'S DECLARATION OR REMOVE IT:
// add a new version with an upgrade instead, or existing users' data is lost.
// The database version is independent of the document schema version (model/migrations).
import Dexie, { type EntityTable } from 'dexie';
import { previewOf, type ProcessDocument } from '../model';
import type { DocumentRecord, ProcessSummary, SnapshotDocRecord, SnapshotRecord } from './records';

export const DATABASE_NAME = 'flowlane';

/** Version 1 kept each document inside its library row. */
export type ProcessRowV1 = { id: string; name: string; updatedAt: number; doc: ProcessDocument };

export type FlowlaneDatabase = Dexie & {
  processes: EntityTable<ProcessSummary, 'id'>;
  documents: EntityTable<DocumentRecord, 'id'>;
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  snapshotDocs: EntityTable<SnapshotDocRecord, 'id'>;
};

export function summarize(doc: ProcessDocument, times: { createdAt: number; updatedAt: number; deletedAt?: number }, revision: number): ProcessSummary {
  return {
    id: doc.id,
    name: doc.name,
    createdAt: times.createdAt,
    updatedAt: times.updatedAt,
    deletedAt: times.deletedAt ?? 0,
    revision,
    laneNames: doc.lanes.map((l) => l.name),
    nodeCount: doc.nodes.length,
    preview: previewOf(doc),
  };
}

export function declareVersions(db: Dexie): void {
  db.version(1).stores({ processes: 'id, updatedAt' });
  // Version 2: the library lists summaries without reading whole documents (a 1,000-step process
  // is ~1 MB), and gains the trash (deletedAt), revisions for conflict checks, and snapshots.
  db.version(2)
    .stores({
      processes: 'id, updatedAt, deletedAt',
      documents: 'id',
      snapshots: '++id, processId, [processId+createdAt]',
      snapshotDocs: 'id',
    })
    .upgrade(async (tx) => {
      // The row's name was the one shown and renamed in the library, so it wins.
      const rows = (await tx.table('processes').toArray()) as ProcessRowV1[];
      const docs = rows.map((r) => ({ ...r.doc, name: r.name }));
      await tx.table('documents').bulkPut(docs.map((doc) => ({ id: doc.id, doc })));
      await tx.table('processes').bulkPut(rows.map((r, i) => summarize(docs[i]!, { createdAt: r.updatedAt, updatedAt: r.updatedAt }, 1)));
    });
}

export function openDatabase(name = DATABASE_NAME): FlowlaneDatabase {
  const db = new Dexie(name) as FlowlaneDatabase;
  declareVersions(db);
  return db;
}
