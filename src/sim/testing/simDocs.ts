// Test-only: small documents for simulation tests, built with the model's commands (so they
// keep every invariant) and then given their simulation inputs.
import {
  applyCommand,
  DEFAULT_SIMULATION,
  emptyDocument,
  type Arrival,
  type Distribution,
  type FlowEdge,
  type FlowNode,
  type NodeKind,
  type ProcessDocument,
  type SimulationSettings,
  type TimeStandard,
  type TimeUnit,
} from '../../model';

export type NodeSpec = {
  kind: NodeKind;
  lane: string;
  /** Task or wait duration, in `unit` (default minutes). */
  dist?: Distribution;
  unit?: TimeUnit;
  arrival?: Arrival;
  people?: number;
  fixedCost?: number;
  timeStandard?: TimeStandard;
};
export type EdgeSpec = Partial<Pick<FlowEdge, 'probability' | 'handoffDelay' | 'caseTypes'>> & { handoff?: string };

export type SimDocSpec = {
  /** Lane id → staff. */
  lanes: Record<string, number>;
  nodes: Record<string, NodeSpec>;
  /** "a>b" → options. */
  edges: Record<string, EdgeSpec>;
  settings?: Partial<SimulationSettings>;
  patchLanes?: (doc: ProcessDocument) => ProcessDocument['lanes'];
};

export function simDoc(spec: SimDocSpec): ProcessDocument {
  let doc = emptyDocument('p_sim', '仿真测试');
  for (const [id, staff] of Object.entries(spec.lanes)) doc = applyCommand(doc, 'addLane', { id, name: id, staff });
  Object.entries(spec.nodes).forEach(([id, n], i) => {
    doc = applyCommand(doc, 'addNode', { id, kind: n.kind, laneId: n.lane, label: id, at: { x: i * 180, y: 20 } });
  });
  for (const key of Object.keys(spec.edges)) {
    const [source, target] = key.split('>') as [string, string];
    doc = applyCommand(doc, 'connect', { id: key, source, target });
  }
  const nodes = doc.nodes.map((node): FlowNode => {
    const n = spec.nodes[node.id]!;
    if (node.kind === 'start') return n.arrival ? { ...node, arrival: n.arrival } : node;
    if (node.kind === 'task' || node.kind === 'wait') {
      const duration = n.dist ? { unit: n.unit ?? 'minute', dist: n.dist } : node.duration;
      const timed = { ...node, duration, timeStandard: n.timeStandard ?? null };
      return node.kind === 'task' ? { ...timed, kind: 'task', needs: [], produces: [], people: n.people, fixedCost: n.fixedCost } : timed;
    }
    return node;
  });
  const edges = doc.edges.map((e): FlowEdge => {
    const { handoff, ...rest } = spec.edges[e.id]!;
    return { ...e, ...rest, handoff: handoff ? { what: handoff, how: 'inPerson', note: '' } : null };
  });
  doc = { ...doc, nodes, edges, simulation: { ...DEFAULT_SIMULATION, replications: 1, ...spec.settings } };
  return spec.patchLanes ? { ...doc, lanes: spec.patchLanes(doc) } : doc;
}

/** start → one task in lane "q" with `staff` people, exponential times: an M/M/c queue. */
export function queueDoc(o: { perHour: number; meanMinutes: number; staff: number; cases: number; warmUpHours?: number }): ProcessDocument {
  return simDoc({
    lanes: { q: o.staff },
    nodes: {
      s: { kind: 'start', lane: 'q', arrival: { kind: 'poisson', perHour: o.perHour } },
      t: { kind: 'task', lane: 'q', dist: { kind: 'exponential', mean: o.meanMinutes } },
      e: { kind: 'end', lane: 'q' },
    },
    edges: { 's>t': {}, 't>e': {} },
    settings: { run: { kind: 'cases', count: o.cases }, warmUp: { length: o.warmUpHours ?? 0, unit: 'hour' } },
  });
}
