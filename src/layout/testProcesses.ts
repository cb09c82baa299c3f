// Random but realistic processes for layout tests and the layout benchmark: a flow from a start
// to an end through tasks, decisions, parallel branches and waits spread over lanes, with skip
// edges and rework loops (each loop returns to a step the case has passed, so it is a real
// cycle), and phases that follow the flow. Geometry is deliberately messy.
import { createNode, emptyDocument, laneColorFor, NODE_SIZES, type FlowEdge, type NodeKind, type ProcessDocument } from '../model';

const BRANCH_LABELS = ['是', '否', '不满意则继续上门', 'Yes', ''];

export type ProcessShape = { steps: number; lanes: number; phases: number; seed: number; orientation?: 'horizontal' | 'vertical' };

const LABELS = ['登记', '核对预约信息并引导顾客到候诊区就座等候', '是否初诊?', 'Check the delivery note against the order', '派单', '上门维修', '客户满意?', '3日内下单', '收费'];

export function generateProcess({ steps, lanes, phases, seed, orientation = 'horizontal' }: ProcessShape): ProcessDocument {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const doc = emptyDocument(`p_gen_${seed}`, `generated ${steps}`);
  doc.diagram.orientation = orientation;
  doc.lanes = Array.from({ length: lanes }, (_, i) => ({ id: `l${i}`, name: `部门${i}`, color: laneColorFor(i), staff: 1 }));
  doc.phases = Array.from({ length: phases }, (_, i) => ({ id: `ph${i}`, name: `阶段${i}` }));
  const firstPred: number[] = [];
  const edges: FlowEdge[] = [];
  const edge = (s: number, t: number) => {
    const label = doc.nodes[s]!.kind === 'decision' ? pick(BRANCH_LABELS) : '';
    edges.push({ id: `e${edges.length}`, source: `n${s}`, target: `n${t}`, label, probability: null, handoff: null });
  };
  let lane = 0;
  for (let i = 0; i < steps; i++) {
    const kind: NodeKind = i === 0 ? 'start' : i === steps - 1 ? 'end' : pick(['task', 'task', 'task', 'task', 'decision', 'wait', 'parallelSplit', 'parallelJoin']);
    if (random() < 0.35) lane = Math.floor(random() * lanes);
    const node = createNode(kind, `n${i}`, `l${lane}`, pick(LABELS));
    // Phases follow the flow: a step never belongs to an earlier phase than the steps before it.
    node.phaseId = phases > 0 && random() < 0.9 ? `ph${Math.min(phases - 1, Math.floor((i * phases) / steps))}` : null;
    doc.nodes.push(node);
    const size = NODE_SIZES[kind];
    doc.diagram.nodes[node.id] = { x: Math.floor(random() * 2000), y: 10 + Math.floor(random() * 60), w: size.w, h: size.h };
    if (i === 0) continue;
    const from = Math.max(0, i - 1 - Math.floor(random() * random() * 5));
    firstPred[i] = from;
    edge(from, i);
    if (i > 2 && random() < 0.2) edge(Math.max(0, i - 2 - Math.floor(random() * 6)), i); // skip edge
    if (i > 3 && random() < 0.08) {
      // Rework loop back to an earlier step on this step's own path.
      let j = firstPred[i]!;
      for (let k = Math.floor(random() * 4); k > 0 && firstPred[j] !== undefined; k--) j = firstPred[j]!;
      edge(i, j);
    }
  }
  doc.edges = edges;
  return doc;
}

/** A small, fast, well-known seeded generator (Mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
