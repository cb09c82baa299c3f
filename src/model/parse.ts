// The one way into the app for a document from outside (files, storage, samples): migrate to the
// current version, check the schema, then check cross-references.
import type { z } from 'zod';
import { err, ok, type Result } from '../shared';
import { integrityIssues } from './integrity';
import type { DocumentIssue, DocumentIssueCode } from './issues';
import { locate } from './locate';
import { migrateDocument } from './migrations';
import { documentSchema } from './schema';
import type { ProcessDocument } from './types';

const wholeFile = (code: DocumentIssueCode): DocumentIssue => ({
  code,
  element: null,
  elementName: '',
  elementNumber: 0,
  field: '',
  params: {},
});

export function parseDocument(raw: unknown): Result<ProcessDocument, DocumentIssue[]> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return err([wholeFile('notADocument')]);
  const migrated = migrateDocument(raw as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const parsed = documentSchema.safeParse(migrated.value, { reportInput: true });
  if (!parsed.success) return err(parsed.error.issues.map((i) => fromZodIssue(migrated.value, i)));
  const problems = integrityIssues(parsed.data);
  return problems.length > 0 ? err(problems) : ok(parsed.data);
}

export function parseDocumentText(text: string): Result<ProcessDocument, DocumentIssue[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err([wholeFile('notJson')]);
  }
  return parseDocument(raw);
}

function fromZodIssue(raw: unknown, issue: z.core.$ZodIssue): DocumentIssue {
  const at = (path: readonly PropertyKey[], code: DocumentIssueCode, params: DocumentIssue['params'] = {}) => ({
    code,
    ...locate(raw, path),
    params,
  });
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return at(issue.path, 'missingField');
      return issue.expected === 'int' ? at(issue.path, 'notInteger') : at(issue.path, 'wrongType', { expected: issue.expected });
    case 'too_small':
      if (issue.origin === 'string') return at(issue.path, 'empty');
      return at(issue.path, issue.inclusive === false ? 'mustExceed' : 'tooSmall', { limit: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'number') return at(issue.path, 'tooBig', { limit: Number(issue.maximum) });
      return at(issue.path, 'tooLong', { limit: Number(issue.maximum) });
    case 'invalid_value':
      return at(issue.path, 'notAllowed', { options: issue.values.map(String).join(', ') });
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options) {
        const path = issue.path.at(-1) === issue.discriminator ? issue.path : [...issue.path, issue.discriminator];
        return at(path, 'notAllowed', { options: issue.options.map(String).join(', ') });
      }
      return at(issue.path, 'invalid');
    case 'invalid_format':
      return at(issue.path, 'badFormat');
    case 'custom':
      return at(issue.path, issue.params?.code === 'rangeOrder' ? 'rangeOrder' : 'invalid');
    default:
      return at(issue.path, 'invalid');
  }
}
