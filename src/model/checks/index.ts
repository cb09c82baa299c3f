// Static analysis of a process document: pure, deterministic, linear-ish in document size.
import type { ProcessDocument } from '../types';
import { sortFindings, type Finding } from './finding';
import { buildGraph } from './graph';
import { checkStructure } from './structure';
import { checkDecisions } from './decisions';
import { checkParallel } from './parallel';
import { checkLanes } from './lanes';
import { checkHandoffs } from './handoffs';
import { checkPingPong } from './pingPong';
import { checkItems } from './items';

export { FINDING_CODES, SEVERITY_OF } from './finding';
export type { Finding, FindingCode, Severity } from './finding';

/** Every finding, ordered by severity, then the target's document order, then code. */
export function checkProcess(doc: ProcessDocument): Finding[] {
  const g = buildGraph(doc);
  return sortFindings(g, [
    ...checkStructure(g),
    ...checkDecisions(g),
    ...checkParallel(g),
    ...checkLanes(g),
    ...checkHandoffs(g),
    ...checkPingPong(g),
    ...checkItems(g),
  ]);
}
