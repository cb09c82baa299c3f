// Older documents are brought up to the current schema version by an ordered list of pure steps,
// each taking a document of version `from` to `from + 1`. Add a step whenever the document shape
// changes, never edit a released one, and keep a fixture of the old shape in tests/fixtures/legacy.
import { err, ok, type Result } from '../../shared';
import type { DocumentIssue } from '../issues';
import { CURRENT_SCHEMA_VERSION } from '../types';

export type RawDocument = Record<string, unknown>;
export type Migration = { from: number; up: (doc: RawDocument) => RawDocument };

/** Version 1 is the first released shape, so there is nothing to migrate yet. */
export const MIGRATIONS: readonly Migration[] = [];

const issue = (code: DocumentIssue['code'], params: DocumentIssue['params'] = {}): DocumentIssue => ({
  code,
  element: null,
  elementName: '',
  elementNumber: 0,
  field: 'schemaVersion',
  params,
});

export function migrateDocument(
  raw: RawDocument,
  migrations: readonly Migration[] = MIGRATIONS,
  target = CURRENT_SCHEMA_VERSION,
): Result<RawDocument, DocumentIssue[]> {
  let version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return err([issue('notADocument')]);
  if (version > target) return err([issue('newerVersion', { version, supported: target })]);
  let doc = raw;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return err([issue('notADocument')]);
    doc = { ...step.up(doc), schemaVersion: version + 1 };
    version += 1;
  }
  return ok(doc);
}
