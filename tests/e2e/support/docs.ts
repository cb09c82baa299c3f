// Small process documents for end-to-end tests, written as the plain JSON a file would hold
// (src/model/types.ts); the app checks them with its zod schema when they are loaded.
import type { FlowEdge, FlowNode, Lane, NodeGeometry, NodeKind, ProcessDocument } from '../../../src/model/types';

const SIZES: Record<NodeKind, { w: number; h: number }> = {
  start: { w: 44, h: 44 },
  end: { w: 44, h: 44 },
  task: { w: 140, h: 64 },
  decision: { w: 120, h: 76 },
  parallelSplit: { w: 52, h: 52 },
  parallelJoin: { w: 52, h: 52 },
  wait: { w: 120, h: 52 },
};
const COLORS = ['#dbeafe', '#dcfce7', '#fef3c7', '#fce7f3'];

export type NodeSpec = {
  id: string;
  kind: NodeKind;
  lane: string;
  /** Along the flow; across it the node sits 40 from its lane's edge unless `y` says otherwise. */
  x: number;
  y?: number;
  label?: string;
  needs?: string[];
  produces?: string[];
};
export type EdgeSpec = [id: string, source: string, target: string, extra?: Partial<FlowEdge>];

function node(spec: NodeSpec): FlowNode {
  const base = { id: spec.id, laneId: spec.lane, phaseId: null, label: spec.label ?? spec.id, notes: '' };
  const duration = { unit: 'minute' as const, dist: { kind: 'fixed' as const, value: 5 } };
  switch (spec.kind) {
    case 'task':
      return { ...base, kind: 'task', duration, timeStandard: null, needs: spec.needs ?? [], produces: spec.produces ?? [] };
    case 'wait':
      return { ...base, kind: 'wait', duration, timeStandard: null };
    default:
      return { ...base, kind: spec.kind };
  }
}

/** A horizontal process: lanes 160 high, in the order given, as [id, name] pairs. */
export function processDoc(lanes: [id: string, name: string][], nodes: NodeSpec[], edges: EdgeSpec[]): ProcessDocument {
  const geometry: Record<string, NodeGeometry> = {};
  for (const n of nodes) geometry[n.id] = { x: n.x, y: n.y ?? 40, ...SIZES[n.kind] };
  return {
    schemaVersion: 1,
    id: 'p_e2e',
    name: '检查测试',
    description: '',
    lanes: lanes.map(([id, name], i): Lane => ({ id, name, color: COLORS[i % COLORS.length]!, staff: 1 })),
    phases: [],
    nodes: nodes.map(node),
    edges: edges.map(([id, source, target, extra]) => ({ id, source, target, label: '', probability: null, handoff: null, ...extra })),
    diagram: {
      orientation: 'horizontal',
      nodes: geometry,
      laneSizes: Object.fromEntries(lanes.map(([id]) => [id, 160])),
      phaseSizes: {},
      edgeRoutes: {},
    },
  };
}
