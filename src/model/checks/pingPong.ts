// Work bouncing between two lanes: along some path the lane sequence reads X, Y, X, Y.
import { edgeRef, laneRef, makeFinding, type Finding } from './finding';
import type { Graph } from './graph';

/** Lane number → crossing edges (document order) that leave a same-lane region towards that lane. */
type Exits = Map<number, number[]>;

/**
 * A pattern is three crossing edges e1 (X→Y), e2 (Y→X), e3 (X→Y) where e2 leaves a node reached
 * from e1's target by edges inside lane Y, and e3 likewise from e2's target inside lane X.
 * e3 must differ from e1, so going round one X→Y→X rework loop twice is not counted by itself.
 * Reported once per lane pair, for the first e1 in document order that starts a pattern.
 */
export function checkPingPong(g: Graph): Finding[] {
  const { src, tgt, lane } = g;
  const isCrossing = (e: number) => src[e]! >= 0 && tgt[e]! >= 0 && lane[src[e]!] !== lane[tgt[e]!];

  // Each search starts from a distinct node (memoised), so the start index doubles as visit stamp.
  const stamp = new Int32Array(g.nodes.length).fill(-1);
  const queue = new Int32Array(g.nodes.length);
  const memo = new Map<number, Exits>();
  const exitsFrom = (start: number): Exits => {
    const cached = memo.get(start);
    if (cached) return cached;
    const exits: Exits = new Map();
    const home = lane[start]!;
    stamp[start] = start;
    queue[0] = start;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      for (const e of g.out[queue[head]!]!) {
        const t = tgt[e]!;
        if (lane[t] !== home) {
          const list = exits.get(lane[t]!);
          if (list) list.push(e);
          else exits.set(lane[t]!, [e]);
        } else if (stamp[t] !== start) {
          stamp[t] = start;
          queue[tail++] = t;
        }
      }
    }
    for (const list of exits.values()) list.sort((a, b) => a - b);
    memo.set(start, exits);
    return exits;
  };

  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (let e1 = 0; e1 < g.edges.length; e1++) {
    if (!isCrossing(e1)) continue;
    const x = lane[src[e1]!]!;
    const y = lane[tgt[e1]!]!;
    const pair = x < y ? `${x},${y}` : `${y},${x}`;
    if (reported.has(pair)) continue;
    for (const e2 of exitsFrom(tgt[e1]!).get(x) ?? []) {
      const forth = exitsFrom(tgt[e2]!).get(y) ?? [];
      const e3 = forth[0] !== e1 ? forth[0] : forth[1];
      if (e3 === undefined) continue;
      findings.push(pingPongFinding(g, e1, e2, e3));
      reported.add(pair);
      break;
    }
  }
  return findings;
}

function pingPongFinding(g: Graph, e1: number, e2: number, e3: number): Finding {
  const laneA = g.nodes[g.src[e1]!]!.laneId;
  const laneB = g.nodes[g.tgt[e1]!]!.laneId;
  const related = [edgeRef(g, e1), edgeRef(g, e2), edgeRef(g, e3), laneRef(laneA), laneRef(laneB)];
  return makeFinding(g, 'pingPong', edgeRef(g, e1), related, {
    laneA: g.laneById.get(laneA)?.name ?? laneA,
    laneB: g.laneById.get(laneB)?.name ?? laneB,
  });
}
