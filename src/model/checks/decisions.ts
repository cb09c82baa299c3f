// Decision nodes: enough branches, and branch probabilities that the simulator can use.
import { edgeRef, makeFinding, nodeRef, type Finding } from './finding';
import { nodesOfKind, type Graph } from './graph';

/** Allowed distance of the probability sum from 1 (absorbs float noise like 0.1 + 0.2 + 0.7). */
const SUM_TOLERANCE = 0.001;

export function checkDecisions(g: Graph): Finding[] {
  const findings: Finding[] = [];
  for (const i of nodesOfKind(g, 'decision')) {
    const target = nodeRef(g, i);
    const outs = g.out[i]!;
    const related = outs.map((e) => edgeRef(g, e));
    if (outs.length < 2) {
      findings.push(makeFinding(g, 'decisionFewBranches', target, related, { branches: outs.length }));
    }
    const probabilities = outs.map((e) => g.edges[e]!.probability);
    // A non-finite value (corrupt input) is treated like an unset one.
    const set = probabilities.filter((p): p is number => p !== null && Number.isFinite(p));
    if (set.length === 0) {
      if (outs.length >= 2) findings.push(makeFinding(g, 'decisionNoProbabilities', target, related));
      continue;
    }
    const sum = set.reduce((a, p) => a + p, 0); // unset branches count as 0
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      const percent = Math.round(sum * 1000) / 10;
      findings.push(makeFinding(g, 'decisionProbabilitySum', target, related, { sum: percent }));
    }
  }
  return findings;
}
