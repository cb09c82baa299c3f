import { useDeferredValue } from 'react';
import { checkProcess, type Finding, type ProcessDocument } from '../../model';
import { useDoc } from '../EditorContext';

// One analysis per document version, shared by every component that shows findings.
const cache = new WeakMap<ProcessDocument, Finding[]>();

function findingsOf(doc: ProcessDocument): Finding[] {
  let findings = cache.get(doc);
  if (!findings) {
    findings = checkProcess(doc);
    cache.set(doc, findings);
  }
  return findings;
}

/** The live check results; deferred so typing and dragging never wait for the analysis. */
export function useFindings(): Finding[] {
  const doc = useDeferredValue(useDoc((d) => d));
  return findingsOf(doc);
}
