// Turns the (averaged) figures of a run into ranked findings. Thresholds are stated here once.
import type { FlowNode, ProcessDocument } from '../../model';
import type { KeyFigures, StuckReason } from '../stats/keyFigures';
import { rankFindings, SIM_SEVERITY, type SimFinding, type SimFindingCode } from './simFinding';

/** A lane is a bottleneck from this utilisation, or when this share of all waiting is before it. */
export const BOTTLENECK_UTILISATION = 0.85;
export const BOTTLENECK_WAIT_SHARE = 0.3;
/** Lane crossings per case from which hand-offs themselves become a finding. */
export const MANY_CROSSINGS = 4;

const STUCK_CODES: Record<StuckReason, SimFindingCode> = {
  deadlock: 'deadlock',
  deadEnd: 'strandedCases',
  unrouted: 'unroutedCases',
  noStaff: 'noStaff',
  endlessLoop: 'endlessLoop',
};

const percent = (share: number) => Math.round(share * 1000) / 10;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export function detectFindings(doc: ProcessDocument, f: KeyFigures): SimFinding[] {
  const node = new Map(doc.nodes.map((n) => [n.id, n]));
  const laneName = new Map(doc.lanes.map((l) => [l.id, l.name]));
  const label = (id: string) => node.get(id)?.label ?? id;
  const laneOf = (id: string) => laneName.get(node.get(id)?.laneId ?? '') ?? '';
  const out: SimFinding[] = [];
  const add = (code: SimFindingCode, target: SimFinding['target'], weight: number, params: SimFinding['params']) =>
    out.push({ code, severity: SIM_SEVERITY[code], target, weight, params });
  const arrived = Math.max(f.arrived, 1);

  for (const n of f.nodes) {
    for (const [reason, count] of Object.entries(n.stuck) as [StuckReason, number][]) {
      if (count <= 0) continue;
      const staff = doc.lanes.find((l) => l.id === node.get(n.id)?.laneId)?.staff ?? 0;
      add(STUCK_CODES[reason], { kind: 'node', id: n.id }, count / arrived, { label: label(n.id), lane: laneOf(n.id), cases: round(count), share: percent(count / arrived), staff });
    }
  }

  const totalWait = f.lanes.reduce((a, l) => a + l.waitTotal, 0);
  for (const l of f.lanes) {
    const share = totalWait > 0 ? l.waitTotal / totalWait : 0;
    if (l.utilisation < BOTTLENECK_UTILISATION && share < BOTTLENECK_WAIT_SHARE) continue;
    const worst = f.nodes.filter((n) => node.get(n.id)?.laneId === l.id).sort((a, b) => b.waitTotal - a.waitTotal)[0];
    add('bottleneck', { kind: 'lane', id: l.id }, Math.max(share, l.utilisation - BOTTLENECK_UTILISATION), {
      lane: laneName.get(l.id) ?? l.id,
      utilisation: percent(l.utilisation),
      waitShare: percent(share),
      label: worst ? label(worst.id) : '',
      waitMean: round(worst?.waitMean ?? 0),
      queueMax: round(worst?.queueMax ?? 0),
    });
  }
  for (const l of f.lanes) {
    if (l.overtimeHours > 0) add('overtime', { kind: 'lane', id: l.id }, l.overtimeHours / l.busyHours, { lane: laneName.get(l.id) ?? l.id, hours: round(l.overtimeHours) });
  }

  const edge = new Map(doc.edges.map((e) => [e.id, e]));
  for (const e of f.edges) {
    if (!e.missingHandoff || e.traversals <= 0) continue;
    const { source = '', target = '' } = edge.get(e.id) ?? {};
    add('missingHandoff', { kind: 'edge', id: e.id }, e.traversals / arrived, {
      source: label(source),
      target: label(target),
      from: laneOf(source),
      to: laneOf(target),
      count: round(e.traversals),
      perCase: round(e.traversals / arrived, 2),
    });
  }
  for (const p of f.pingPong) {
    if (p.cases <= 0) continue;
    add('pingPong', { kind: 'lane', id: p.laneA }, p.cases / arrived, { laneA: laneName.get(p.laneA) ?? p.laneA, laneB: laneName.get(p.laneB) ?? p.laneB, cases: round(p.cases), share: percent(p.cases / arrived) });
  }
  for (const n of f.nodes) {
    const standard = timeStandardOf(node.get(n.id));
    if (n.breaches <= 0 || !standard) continue;
    add('timeStandardBreach', { kind: 'node', id: n.id }, n.breachShare, {
      label: label(n.id),
      breaches: round(n.breaches),
      share: percent(n.breachShare),
      limit: standard.limit,
      unit: standard.unit,
      standard: standard.kind,
      waitP90: round(n.waitP90),
    });
  }
  if (f.crossingsPerCase >= MANY_CROSSINGS) add('manyCrossings', { kind: 'process' }, f.crossingsPerCase / 100, { perCase: round(f.crossingsPerCase) });
  if (f.inProgress > 0) add('unfinishedCases', { kind: 'process' }, 0, { cases: round(f.inProgress) });
  if (f.costTotal > 0) add('costPerCase', { kind: 'process' }, 0, { perCase: round(f.costPerCase, 2), total: round(f.costTotal, 2) });

  const usedLanes = new Set(f.nodes.filter((n) => n.entered > 0).map((n) => node.get(n.id)?.laneId));
  for (const l of doc.lanes) if (!usedLanes.has(l.id)) add('unusedLane', { kind: 'lane', id: l.id }, 0, { lane: l.name });
  for (const n of f.nodes) {
    if (n.entered === 0 && usedLanes.has(node.get(n.id)?.laneId)) add('unusedStep', { kind: 'node', id: n.id }, 0, { label: label(n.id) });
  }
  return rankFindings(out);
}

function timeStandardOf(n: FlowNode | undefined) {
  return n && (n.kind === 'task' || n.kind === 'wait') ? n.timeStandard : null;
}
