// What the rest of the app may ask of storage. The UI never touches Dexie: it calls these
// methods (inside dexie-react-hooks' useLiveQuery for lists, so they update by themselves).
import type { DocumentIssue, ProcessDocument } from '../model';
import type { ProcessSummary, SnapshotKind, SnapshotSummary } from './records';

/** Why a write failed, in terms a user can act on. */
export type StorageFailure = 'quota' | 'conflict' | 'missing' | 'failed';

export type SaveOutcome = { ok: true; revision: number } | { ok: false; reason: StorageFailure };

export type LoadOutcome =
  | { ok: true; doc: ProcessDocument; revision: number }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'corrupt'; issues: DocumentIssue[] };

export type ImportChoice = 'keepBoth' | 'replace';

export type LibraryFilter = { trash: boolean };

export interface ProcessRepository {
  listProcesses(filter: LibraryFilter): Promise<ProcessSummary[]>;
  getSummary(id: string): Promise<ProcessSummary | undefined>;
  loadProcess(id: string): Promise<LoadOutcome>;
  createProcess(doc: ProcessDocument): Promise<ProcessSummary>;
  /** Saves a document edited from `baseRevision`; refused with 'conflict' if another writer saved since. */
  saveProcess(doc: ProcessDocument, baseRevision: number): Promise<SaveOutcome>;
  renameProcess(id: string, name: string): Promise<void>;
  duplicateProcess(id: string, copy: { id: string; name: string }): Promise<ProcessSummary>;
  trashProcess(id: string): Promise<void>;
  restoreProcess(id: string): Promise<void>;
  deleteForever(id: string): Promise<void>;
  /** Deletes every process in the trash with its snapshots; returns how many. */
  emptyTrash(): Promise<number>;

  listSnapshots(processId: string): Promise<SnapshotSummary[]>;
  /** The document of a snapshot, migrated to the current schema. */
  getSnapshotDocument(id: number): Promise<LoadOutcome>;
  addSnapshot(doc: ProcessDocument, kind: SnapshotKind, name?: string): Promise<number>;

  /** Ids among `ids` that the library (including the trash) already holds. */
  existingIds(ids: string[]): Promise<string[]>;
  /**
   * Stores imported processes in one transaction (all or nothing). `choices` says, for ids that
   * already exist, whether to replace (after snapshotting the old one) or keep both, in which
   * case `copies` gives the new id and name.
   */
  importProcesses(
    docs: ProcessDocument[],
    choices: Record<string, ImportChoice>,
    copies: Record<string, { id: string; name: string }>,
  ): Promise<string[]>;
  /** Every live (not trashed) process, for exporting the whole library. */
  allDocuments(): Promise<ProcessDocument[]>;
}

/** A failed write, carrying the reason for the UI. */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(readonly reason: StorageFailure, cause?: unknown) {
    super(reason, { cause });
  }
}
