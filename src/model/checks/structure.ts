// Start/end presence, reachability, dead ends and misplaced edges on start/end nodes.
import { edgeRef, makeFinding, nodeRef, processRef, type Finding } from './finding';
import { nodesOfKind, reach, type Graph } from './graph';

export function checkStructure(g: Graph): Finding[] {
  const findings: Finding[] = [];
  const starts = nodesOfKind(g, 'start');
  const ends = nodesOfKind(g, 'end');
  if (starts.length === 0) findings.push(makeFinding(g, 'noStart', processRef()));
  if (ends.length === 0) findings.push(makeFinding(g, 'noEnd', processRef()));

  // Without a start (or end) every node would be flagged, which only repeats noStart/noEnd.
  const fromStart = starts.length > 0 ? reach(g, starts, 'forward') : null;
  const toEnd = ends.length > 0 ? reach(g, ends, 'backward') : null;

  g.nodes.forEach((node, i) => {
    const target = nodeRef(g, i);
    const outs = g.out[i]!;
    const ins = g.inc[i]!;
    if (fromStart && !fromStart[i]) findings.push(makeFinding(g, 'unreachable', target));
    if (node.kind !== 'end') {
      if (outs.length === 0) findings.push(makeFinding(g, 'deadEnd', target));
      else if (toEnd && !toEnd[i]) findings.push(makeFinding(g, 'noPathToEnd', target));
    }
    if (node.kind === 'start' && ins.length > 0) {
      const related = ins.map((e) => edgeRef(g, e));
      findings.push(makeFinding(g, 'startHasIncoming', target, related, { count: ins.length }));
    }
    if (node.kind === 'end' && outs.length > 0) {
      const related = outs.map((e) => edgeRef(g, e));
      findings.push(makeFinding(g, 'endHasOutgoing', target, related, { count: outs.length }));
    }
  });
  return findings;
}
