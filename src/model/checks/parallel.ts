// Parallel gateways: every split must fan out and meet again at a join; every join needs a split.
import { edgeRef, makeFinding, nodeRef, type Finding } from './finding';
import { nodesOfKind, reach, successors, type Graph } from './graph';

/**
 * splitWithoutJoin (params.reason):
 *   'fewBranches'  – fewer than 2 outgoing edges;
 *   'noCommonJoin' – no single parallelJoin is reachable from the target of every outgoing edge.
 * joinWithoutSplit (params.reason):
 *   'fewIncoming'  – fewer than 2 incoming edges;
 *   'noSplit'      – no parallelSplit has a path to it.
 */
export function checkParallel(g: Graph): Finding[] {
  const findings: Finding[] = [];
  const splits = nodesOfKind(g, 'parallelSplit');
  const joins = nodesOfKind(g, 'parallelJoin');

  // One backward search per join, computed only when a split asks: nodes with a path to that join.
  const upstream = new Map<number, Uint8Array>();
  const upstreamOf = (j: number): Uint8Array => {
    let seen = upstream.get(j);
    if (!seen) {
      seen = reach(g, [j], 'backward');
      upstream.set(j, seen);
    }
    return seen;
  };

  const meetAtJoin = (outs: number[]) =>
    joins.some((j) => outs.every((e) => upstreamOf(j)[g.tgt[e]!] === 1));

  for (const s of splits) {
    const outs = g.out[s]!;
    const related = outs.map((e) => edgeRef(g, e));
    const reason = outs.length < 2 ? 'fewBranches' : meetAtJoin(outs) ? null : 'noCommonJoin';
    if (!reason) continue;
    const params = { branches: outs.length, reason };
    findings.push(makeFinding(g, 'splitWithoutJoin', nodeRef(g, s), related, params));
  }

  const afterSplit = reach(g, successors(g, splits), 'forward');
  for (const j of joins) {
    const ins = g.inc[j]!;
    const reason = ins.length < 2 ? 'fewIncoming' : afterSplit[j] ? null : 'noSplit';
    if (!reason) continue;
    const related = ins.map((e) => edgeRef(g, e));
    const params = { incoming: ins.length, reason };
    findings.push(makeFinding(g, 'joinWithoutSplit', nodeRef(g, j), related, params));
  }
  return findings;
}
