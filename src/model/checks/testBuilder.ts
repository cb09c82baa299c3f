// Test-only helper: builds a ProcessDocument from a compact description.
//   build({
//     lanes: ['导诊', '咨询医生'],                       // lane ids are L1, L2, … in this order
//     nodes: { s: ['start', '导诊', '到达'], reg: ['task', '导诊', '登记', { produces: ['就诊卡'] }] },
//     edges: ['s>reg', ['reg>d', { p: 0.6, handoff: '就诊卡', label: '是' }]],
//   })
// Edge ids default to 'source>target'; handoff defaults to none.
import { createNode, emptyDocument, NODE_SIZES } from '../defaults';
import type { FlowEdge, FlowNode, NodeKind, ProcessDocument } from '../types';

export type NodeSpec = [kind: NodeKind, lane: string, label?: string, items?: { needs?: string[]; produces?: string[] }];
export type EdgeOptions = { id?: string; label?: string; p?: number | null; handoff?: string | null };
export type EdgeSpec = string | [string, EdgeOptions];
export type DocSpec = { name?: string; lanes: string[]; nodes: Record<string, NodeSpec>; edges?: EdgeSpec[] };

export const laneIdAt = (index: number): string => `L${index + 1}`;

export function build(spec: DocSpec): ProcessDocument {
  const doc = emptyDocument('p1', spec.name ?? '门诊流程');
  const laneIds = new Map(spec.lanes.map((name, i) => [name, laneIdAt(i)]));
  doc.lanes = spec.lanes.map((name, i) => ({ id: laneIdAt(i), name, color: '#dbeafe', staff: 1 }));
  for (const lane of doc.lanes) doc.diagram.laneSizes[lane.id] = 160;

  let x = 0;
  for (const [id, [kind, laneName, label, items]] of Object.entries(spec.nodes)) {
    const laneId = laneIds.get(laneName);
    if (!laneId) throw new Error(`Unknown lane ${laneName} for node ${id}`);
    const node: FlowNode = createNode(kind, id, laneId, label ?? id);
    if (node.kind === 'task' && items) {
      node.needs = items.needs ?? [];
      node.produces = items.produces ?? [];
    }
    doc.nodes.push(node);
    doc.diagram.nodes[id] = { x, y: 20, ...NODE_SIZES[kind] };
    x += 180;
  }

  for (const entry of spec.edges ?? []) {
    const [ends, options] = typeof entry === 'string' ? [entry, {}] : entry;
    const [source, target] = ends.split('>');
    if (!source || !target) throw new Error(`Bad edge ${ends}`);
    const edge: FlowEdge = {
      id: options.id ?? ends,
      source,
      target,
      label: options.label ?? '',
      probability: options.p ?? null,
      handoff: options.handoff == null ? null : { what: options.handoff, how: 'inPerson', note: '' },
    };
    doc.edges.push(edge);
  }
  return doc;
}
