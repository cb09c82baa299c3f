// Problems found in a document that came from outside, as data: the UI words them in the
// user's language. Each names the element it concerns and the field that is wrong.
import type { ElementRef } from './types';

export const DOCUMENT_ISSUE_CODES = [
  'notJson',
  'notADocument',
  'newerVersion',
  'missingField',
  'wrongType',
  'notInteger',
  'empty',
  'tooLong',
  'tooSmall',
  'mustExceed',
  'tooBig',
  'notAllowed',
  'badFormat',
  'rangeOrder',
  'duplicateId',
  'unknownLane',
  'unknownPhase',
  'unknownNode',
  'missingGeometry',
  'invalid',
] as const;
export type DocumentIssueCode = (typeof DOCUMENT_ISSUE_CODES)[number];

export type DocumentIssue = {
  code: DocumentIssueCode;
  /** The element concerned, or null when the file as a whole is wrong. */
  element: ElementRef | null;
  /** Its label or name as written in the file ('' when it has none). */
  elementName: string;
  /** Position of the element in its list, counting from 1 (0 when not in a list). */
  elementNumber: number;
  /** The field inside the element, dotted (e.g. "duration.dist.max"); '' for the whole element. */
  field: string;
  params: Record<string, string | number>;
};
