// Final ranks: ELK's ranks regrouped so that the steps of each phase occupy their own run of
// ranks, in phase order (phases are columns across all lanes). Steps without a phase go with the
// latest phase among the steps before them.
import type { RankOrder } from './elkPass';
import type { LayoutInput } from './types';

export type Ranks = {
  rank: Map<string, number>;
  /** Phase index of each rank (all 0 when the process has no phases). */
  rankPhase: number[];
};

export function phasedRanks(input: LayoutInput, elk: RankOrder): Ranks {
  const rankOf = (id: string) => elk.rank.get(id) ?? 0;
  const phaseOf = inferPhases(input, rankOf);
  // Dense numbering of (phase, ELK rank) pairs keeps ELK's order inside each phase.
  const keyOf = (id: string) => phaseOf.get(id)! * 1_000_000 + rankOf(id);
  const keys = [...new Set(input.nodes.map((n) => keyOf(n.id)))].sort((a, b) => a - b);
  const dense = new Map(keys.map((k, i) => [k, i]));
  return {
    rank: new Map(input.nodes.map((n) => [n.id, dense.get(keyOf(n.id))!])),
    rankPhase: keys.map((k) => Math.floor(k / 1_000_000)),
  };
}

function inferPhases(input: LayoutInput, rankOf: (id: string) => number): Map<string, number> {
  const phaseIndex = new Map(input.phases.map((id, i) => [id, i]));
  const preds = new Map<string, string[]>();
  for (const e of input.edges) {
    if (rankOf(e.source) < rankOf(e.target)) preds.set(e.target, [...(preds.get(e.target) ?? []), e.source]);
  }
  const phaseOf = new Map<string, number>();
  for (const n of [...input.nodes].sort((a, b) => rankOf(a.id) - rankOf(b.id))) {
    const own = n.phaseId === null ? undefined : phaseIndex.get(n.phaseId);
    phaseOf.set(n.id, own ?? Math.max(0, ...(preds.get(n.id) ?? []).map((p) => phaseOf.get(p) ?? 0)));
  }
  return phaseOf;
}
