// Edges that cross lanes without saying what is handed over.
import { edgeRef, makeFinding, nodeRef, type Finding } from './finding';
import type { Graph } from './graph';

export function checkHandoffs(g: Graph): Finding[] {
  const findings: Finding[] = [];
  g.edges.forEach((edge, e) => {
    const s = g.src[e]!;
    const t = g.tgt[e]!;
    if (s < 0 || t < 0) return;
    const from = g.nodes[s]!.laneId;
    const to = g.nodes[t]!.laneId;
    if (from === to) return;
    if (edge.handoff && edge.handoff.what.trim() !== '') return;
    findings.push(
      makeFinding(g, 'missingHandoff', edgeRef(g, e), [nodeRef(g, s), nodeRef(g, t)], {
        from: g.laneById.get(from)?.name ?? from,
        to: g.laneById.get(to)?.name ?? to,
      }),
    );
  });
  return findings;
}
