// What the database holds. Summaries (small, listed by the library) are kept apart from full
// documents (read only when a process is opened).
import type { Preview, ProcessDocument } from '../model';

export type ProcessSummary = {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** When it was moved to the trash; 0 while it is not in the trash (IndexedDB cannot index null). */
  deletedAt: number;
  /** Increases with every save; a save based on an older revision is refused (another tab wrote). */
  revision: number;
  laneNames: string[];
  nodeCount: number;
  preview: Preview;
};

export type DocumentRecord = { id: string; doc: ProcessDocument };

/** `rescued`: unsaved changes of a closed tab that could not be applied (the process changed meanwhile). */
export const SNAPSHOT_KINDS = ['open', 'auto', 'manual', 'beforeRestore', 'beforeReplace', 'rescued'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/** A saved version of a process; its document is stored apart (like summaries and documents). */
export type SnapshotRecord = {
  id?: number;
  processId: string;
  createdAt: number;
  kind: SnapshotKind;
  /** The name a user gave a manual snapshot ('' otherwise). */
  name: string;
  nodeCount: number;
  preview: Preview;
};

export type SnapshotSummary = SnapshotRecord & { id: number };
export type SnapshotDocRecord = { id: number; doc: ProcessDocument };
