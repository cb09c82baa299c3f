// The .flowlane.json file: one process or a whole library, with the versions needed to read it
// back. A bare process document (no envelope) is accepted too.
import { err, ok, type Result } from '../shared';
import type { DocumentIssue } from './issues';
import { parseDocument } from './parse';
import { stableStringify } from './stableJson';
import { CURRENT_SCHEMA_VERSION, type ProcessDocument } from './types';

export const FILE_FORMAT = 'flowlane';
export const FILE_VERSION = 1;
export const FILE_EXTENSION = '.flowlane.json';

export type FlowlaneFile = {
  format: typeof FILE_FORMAT;
  fileVersion: number;
  appVersion: string;
  schemaVersion: number;
  processes: ProcessDocument[];
};

/** Problems of one process in a file (numbered from 1), or of the file itself (number 0). */
export type FileProblem = { processNumber: number; processName: string; issues: DocumentIssue[] };

export function serializeFile(processes: ProcessDocument[], appVersion: string): string {
  const file: FlowlaneFile = { format: FILE_FORMAT, fileVersion: FILE_VERSION, appVersion, schemaVersion: CURRENT_SCHEMA_VERSION, processes };
  return `${stableStringify(file)}\n`;
}

const fileIssue = (code: DocumentIssue['code'], params: DocumentIssue['params'] = {}): FileProblem => ({
  processNumber: 0,
  processName: '',
  issues: [{ code, element: null, elementName: '', elementNumber: 0, field: '', params }],
});

/** Reads a file's text; either every process in it is valid, or nothing is returned. */
export function parseFile(text: string): Result<ProcessDocument[], FileProblem[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err([fileIssue('notJson')]);
  }
  const envelope = raw as Partial<FlowlaneFile> | null;
  const isEnvelope = !!envelope && typeof envelope === 'object' && envelope.format === FILE_FORMAT;
  if (isEnvelope && typeof envelope.fileVersion === 'number' && envelope.fileVersion > FILE_VERSION)
    return err([fileIssue('newerVersion', { version: envelope.fileVersion, supported: FILE_VERSION })]);
  const candidates: unknown[] = isEnvelope ? (Array.isArray(envelope.processes) ? envelope.processes : []) : [raw];
  if (candidates.length === 0) return err([fileIssue('notADocument')]);
  const docs: ProcessDocument[] = [];
  const problems: FileProblem[] = [];
  candidates.forEach((candidate, i) => {
    const parsed = parseDocument(candidate);
    if (parsed.ok) docs.push(parsed.value);
    else problems.push({ processNumber: i + 1, processName: nameOf(candidate), issues: parsed.error });
  });
  return problems.length > 0 ? err(problems) : ok(docs);
}

const nameOf = (raw: unknown) =>
  raw && typeof raw === 'object' && typeof (raw as { name?: unknown }).name === 'string' ? (raw as { name: string }).name : '';

/** A file name for a process, keeping Chinese and dropping characters file systems refuse. */
export const fileNameFor = (name: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim() || 'process'}${FILE_EXTENSION}`;
