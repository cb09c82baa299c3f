// Deterministic generator of realistic Flowlane process documents for benchmarks.
//
//   generateProcess({ nodes: 1000, lanes: 20, seed: 1 }) → a plain-JSON ProcessDocument
//
// The document follows src/model/types.ts and passes src/model/schema.ts + integrity.ts:
// one start, a main end plus a few early exits, mostly tasks, decisions with branch
// probabilities (summing to 1), parallel split/join pairs, waits and rework loops. Nodes are laid
// out left to right in columns; within a column, nodes sharing a lane are stacked in slots and
// each lane is made tall enough for its deepest slot (y + h + LANE_PADDING ≤ lane size).
//
// Run as a script to print a document: node bench/generateProcess.mjs 1000 20 [seed]
//
// Plain .mjs (no TypeScript) so the bench runs with plain node; the constants below mirror
// src/model/defaults.ts and must be kept in step with it.

const SCHEMA_VERSION = 1;
const LANE_PADDING = 16;
const DEFAULT_LANE_SIZE = 160;
const NODE_SIZES = {
  start: { w: 44, h: 44 },
  end: { w: 44, h: 44 },
  task: { w: 140, h: 64 },
  decision: { w: 120, h: 76 },
  parallelSplit: { w: 52, h: 52 },
  parallelJoin: { w: 52, h: 52 },
  wait: { w: 120, h: 52 },
};
const LANE_COLORS = ['#dbeafe', '#dcfce7', '#fef3c7', '#fce7f3', '#ede9fe', '#cffafe', '#ffedd5', '#e2e8f0'];

/** Column pitch along the flow: widest node (140) plus room for the arrow. */
const COLUMN = 200;
/** Left margin of the first column inside the content area. */
const MARGIN = 40;
/** Slot pitch across the flow: tallest node (76) plus a gap. */
const SLOT = 92;
const TALLEST = Math.max(...Object.values(NODE_SIZES).map((s) => s.h));

const LANE_NAMES = [
  '导诊', '前台', '咨询医生', '收银', '药房', '护士站', '检验科', '影像科', '治疗室', '财务',
  '客服中心', '库房', '质控', '医生助理', '回访专员', '市场部', '人事行政', '信息科', '院长办公室', '美容顾问',
  '手术室', '麻醉科', '病案室', '采购部',
];
const TASKS = [
  '登记', '咨询', '收费', '预检', '分诊', '缴费', '取药', '检查', '面诊', '报价', '方案设计', '术前评估',
  '签署同意书', '核对信息', '录入系统', '打印单据', '开具处方', '配药', '复核', '回访', '预约复诊', '归档',
  '出具报告', '通知顾客', '采血', '拍片', '消毒', '准备器械', '审核资料', '开票',
];
const DECISIONS = ['是否初诊?', '资料齐全?', '需要检查?', '是否医保?', '顾客同意方案?', '是否加急?', '库存充足?', '需要复诊?'];
const REWORK_CHECKS = ['审核通过?', '结果合格?', '信息无误?'];
const WAITS = ['等待叫号', '等待检查结果', '等待医生', '等待审批', '等待取药', '等待付款确认'];
const ENDS = ['离院', '流程结束', '顾客放弃', '转诊他院', '改约'];
const ITEMS = ['病历', '就诊卡', '预检单', '收费单', '处方', '检查单', '化验报告', '影像报告', '同意书', '发票', '医保卡', '方案书'];
const NOTES = [
  '您好，请出示身份证和医保卡，我帮您登记。',
  '请核对姓名、手机号和过敏史，有误当场更正。',
  '向顾客说明费用明细，确认后再收费。',
  '1分钟内迎接顾客，微笑并主动问候。',
  '结果出来后电话通知顾客，并记录在系统中。',
];
const HANDOFF_METHODS = ['inPerson', 'phone', 'system', 'paper', 'other'];

/** mulberry32: a small, fast, seeded PRNG (returns floats in [0, 1)). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits 100 percent into `n` integer shares of at least `min`, as probabilities (exact sum 1). */
function shares(rand, n, min = 5) {
  const raw = Array.from({ length: n }, () => 0.3 + rand());
  const total = raw.reduce((a, b) => a + b, 0);
  const pct = raw.map((r) => Math.max(min, Math.round((r / total) * 100)));
  pct[0] += 100 - pct.reduce((a, b) => a + b, 0);
  return pct.map((p) => p / 100);
}

export function generateProcess({ nodes: count, lanes: laneCount, seed = 1 }) {
  if (!Number.isInteger(count) || count < 10) throw new Error(`nodes must be an integer ≥ 10 (got ${count})`);
  if (!Number.isInteger(laneCount) || laneCount < 2) throw new Error(`lanes must be an integer ≥ 2 (got ${laneCount})`);
  const rand = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  /** Most branches are a single step; some are two or three. */
  const branchLength = () => (chance(0.7) ? 1 : chance(0.8) ? 2 : 3);

  const lanes = Array.from({ length: laneCount }, (_, i) => ({
    id: `lane_${String(i + 1).padStart(2, '0')}`,
    name: i < LANE_NAMES.length ? LANE_NAMES[i] : `${pick(LANE_NAMES)}${i + 1}`,
    color: LANE_COLORS[i % LANE_COLORS.length],
    staff: int(1, 6),
  }));
  const laneIndex = (id) => lanes.findIndex((l) => l.id === id);

  const nodes = [];
  const place = []; // per node: { col, lane }
  const edges = [];
  const slots = new Map(); // "lane|col" → slots used
  const mainPath = []; // task ids on the main path, for rework loops

  const duration = (wait) => {
    const unit = wait ? pick(['minute', 'minute', 'hour', 'day']) : pick(['minute', 'minute', 'minute', 'hour']);
    const base = int(2, 30);
    const dist = pick([
      { kind: 'fixed', value: base },
      { kind: 'uniform', min: base, max: base + int(1, 20) },
      { kind: 'triangular', min: base, mode: base + 2, max: base + int(3, 30) },
      { kind: 'exponential', mean: base },
      { kind: 'normal', mean: base, sd: Math.max(1, Math.round(base / 4)) },
      { kind: 'lognormal', mean: base, sd: Math.max(1, Math.round(base / 3)) },
    ]);
    return { unit, dist };
  };
  const timeStandard = () =>
    chance(0.2) ? { kind: pick(['startWithin', 'finishWithin']), limit: int(1, 60), unit: 'minute' } : null;

  function addNode(kind, laneId, col, label) {
    const id = `n_${String(nodes.length + 1).padStart(4, '0')}`;
    const base = { id, laneId, phaseId: null, label, notes: chance(0.15) ? pick(NOTES) : '' };
    let node;
    if (kind === 'task') {
      const needs = chance(0.3) ? [pick(ITEMS)] : [];
      const produces = chance(0.3) ? [pick(ITEMS)] : [];
      node = { ...base, kind, duration: duration(false), timeStandard: timeStandard(), needs, produces };
    } else if (kind === 'wait') {
      node = { ...base, kind, duration: duration(true), timeStandard: timeStandard() };
    } else {
      node = { ...base, kind };
    }
    nodes.push(node);
    const key = `${laneId}|${col}`;
    const slot = slots.get(key) ?? 0;
    slots.set(key, slot + 1);
    place.push({ col, slot });
    return id;
  }
  const ordinal = () => nodes.length + 1;
  const task = (laneId, col) => {
    const id = addNode('task', laneId, col, `${pick(TASKS)}${ordinal()}`);
    return id;
  };

  const seen = new Set();
  function addEdge(source, target, { label = '', probability = null } = {}) {
    const key = `${source}>${target}`;
    if (source === target || seen.has(key)) return false;
    seen.add(key);
    const s = nodes.find((n) => n.id === source);
    const t = nodes.find((n) => n.id === target);
    const crosses = s.laneId !== t.laneId;
    // Most hand-offs are described; the rest show the "missing hand-off" warning, as in real drafts.
    const handoff = crosses && chance(0.8) ? { what: pick(ITEMS), how: pick(HANDOFF_METHODS), note: '' } : null;
    edges.push({ id: `e_${String(edges.length + 1).padStart(4, '0')}`, source, target, label, probability, handoff });
    return true;
  }

  /** Pending outgoing connections: each becomes an edge into the next element. */
  let tails = [];
  /** Decision branches that jump ahead ("已缴费 → 跳过"): joined to the first element after `due`. */
  let jumps = [];
  const connect = (target) => {
    for (const t of tails) addEdge(t.id, target, t);
    tails = [];
    jumps = jumps.filter((j) => j.due > nodes.length || !addEdge(j.id, target, j));
  };
  const otherLane = (current) => {
    const i = laneIndex(current);
    // Hand-offs mostly go to a nearby department, sometimes anywhere.
    const j = chance(0.6) ? Math.min(laneCount - 1, Math.max(0, i + pick([-2, -1, 1, 2]))) : int(0, laneCount - 1);
    return lanes[j === i ? (i + 1) % laneCount : j].id;
  };

  let col = 0;
  let lane = lanes[0].id;
  tails = [{ id: addNode('start', lane, col, '顾客到院') }];
  col += 1;

  const left = () => count - nodes.length - 1; // keep one node for the final end
  while (left() > 0) {
    const r = rand();
    const room = left();
    if (r < 0.3 && room >= 3) {
      // Decision with 2–3 branches of 0–2 tasks that merge again; sometimes one branch exits early.
      const d = addNode('decision', lane, col, `${pick(DECISIONS).replace('?', '')}${ordinal()}?`);
      connect(d);
      const branches = chance(0.5) ? 2 : 3;
      const jump = chance(0.75);
      const p = shares(rand, branches + (jump ? 1 : 0));
      const names = branches === 2 ? ['是', '否'] : ['是', '否', '其他'];
      if (jump) jumps.push({ id: d, label: '跳过', probability: p[branches], due: nodes.length + int(4, 12) });
      let budget = Math.min(room - 1, 5);
      const merged = [];
      let deepest = 0;
      let skipped = false;
      for (let b = 0; b < branches; b++) {
        const edge = { label: names[b], probability: p[b] };
        if (b === branches - 1 && budget >= 1 && chance(0.12)) {
          const end = addNode('end', otherLane(lane), col + 1, pick(ENDS));
          addEdge(d, end, edge);
          budget -= 1;
          deepest = Math.max(deepest, 1);
          continue;
        }
        const length = b === 0 || skipped ? Math.max(1, Math.min(budget, branchLength())) : Math.min(budget, chance(0.2) ? 0 : branchLength());
        if (length === 0) {
          skipped = true;
          merged.push({ id: d, ...edge }); // skip straight to the merge point
          continue;
        }
        const branchLane = b === 0 ? lane : otherLane(lane);
        let prev = null;
        for (let k = 0; k < length; k++) {
          const id = task(branchLane, col + 1 + k);
          if (prev) addEdge(prev, id);
          else addEdge(d, id, edge);
          prev = id;
        }
        budget -= length;
        deepest = Math.max(deepest, length);
        merged.push({ id: prev });
      }
      tails = merged;
      col += 1 + deepest;
    } else if (r < 0.55 && room >= 4) {
      // Parallel split into 2–4 branches of 1–2 tasks in different lanes, then a join.
      const branches = Math.min(int(2, 4), room - 2);
      const s = addNode('parallelSplit', lane, col, `并行开始${ordinal()}`);
      connect(s);
      let budget = room - 2;
      const used = new Set([lane]);
      const ends = [];
      let deepest = 0;
      for (let b = 0; b < branches; b++) {
        let branchLane = b === 0 ? lane : otherLane(lane);
        for (let tries = 0; used.has(branchLane) && b > 0 && tries < 5; tries++) branchLane = otherLane(lane);
        used.add(branchLane);
        const length = Math.max(1, Math.min(budget - (branches - b - 1), branchLength()));
        let prev = s;
        for (let k = 0; k < length; k++) {
          const id = task(branchLane, col + 1 + k);
          addEdge(prev, id);
          prev = id;
        }
        budget -= length;
        deepest = Math.max(deepest, length);
        ends.push(prev);
      }
      const j = addNode('parallelJoin', lane, col + 1 + deepest, `并行汇合${ordinal()}`);
      for (const e of ends) addEdge(e, j);
      tails = [{ id: j }];
      col += 2 + deepest;
    } else if (r < 0.68 && room >= 2 && mainPath.length >= 3) {
      // Rework loop: a check task, then a decision that sends a share of cases back.
      const checkLane = chance(0.5) ? lane : otherLane(lane);
      const t = task(checkLane, col);
      connect(t);
      const d = addNode('decision', checkLane, col + 1, `${pick(REWORK_CHECKS).replace('?', '')}${ordinal()}?`);
      addEdge(t, d);
      const back = mainPath[Math.max(0, mainPath.length - int(2, 8))];
      const redo = int(5, 25); // percent of cases sent back
      addEdge(d, back, { label: '返工', probability: redo / 100 });
      tails = [{ id: d, label: '通过', probability: (100 - redo) / 100 }];
      mainPath.push(t);
      lane = checkLane;
      col += 2;
    } else if (r < 0.73) {
      const w = addNode('wait', lane, col, `${pick(WAITS)}${ordinal()}`);
      connect(w);
      tails = [{ id: w }];
      col += 1;
    } else {
      if (chance(0.35)) lane = otherLane(lane);
      const t = task(lane, col);
      connect(t);
      tails = [{ id: t }];
      mainPath.push(t);
      col += 1;
    }
  }
  const end = addNode('end', lane, col, '离院');
  for (const j of jumps) j.due = 0;
  connect(end);
  // A jump from the last decision may coincide with one of its branches: merge their shares.
  for (const j of jumps) {
    const same = edges.find((e) => e.source === j.id && e.target === end);
    same.probability = Math.round((same.probability + j.probability) * 100) / 100;
  }

  // Geometry: x by column (centred in it), y by slot (centred in it); lanes fit their deepest slot.
  const geometry = {};
  const laneSizes = Object.fromEntries(lanes.map((l) => [l.id, DEFAULT_LANE_SIZE]));
  nodes.forEach((n, i) => {
    const { w, h } = NODE_SIZES[n.kind];
    const { col: c, slot } = place[i];
    const g = {
      x: MARGIN + c * COLUMN + Math.round((NODE_SIZES.task.w - w) / 2),
      y: LANE_PADDING + slot * SLOT + Math.round((TALLEST - h) / 2),
      w,
      h,
    };
    geometry[n.id] = g;
    laneSizes[n.laneId] = Math.max(laneSizes[n.laneId], Math.ceil((g.y + h + LANE_PADDING) / 10) * 10);
  });

  const doc = {
    schemaVersion: SCHEMA_VERSION,
    id: `p_bench_${count}_${laneCount}_${seed}`,
    name: `基准流程（${count}个步骤，${laneCount}条泳道）`,
    description: '由 bench/generateProcess.mjs 生成的性能测试流程。',
    lanes,
    phases: [],
    nodes,
    edges,
    diagram: { orientation: 'horizontal', nodes: geometry, laneSizes, phaseSizes: {}, edgeRoutes: {} },
  };
  assertShape(doc, count);
  return doc;
}

/** Cheap self-checks so a generator bug fails here, not as a confusing benchmark number. */
function assertShape(doc, count) {
  const fail = (m) => {
    throw new Error(`generateProcess: ${m}`);
  };
  if (doc.nodes.length !== count) fail(`made ${doc.nodes.length} nodes, asked for ${count}`);
  const sizes = doc.diagram.laneSizes;
  for (const n of doc.nodes) {
    const g = doc.diagram.nodes[n.id];
    if (g.y + g.h + LANE_PADDING > sizes[n.laneId]) fail(`node ${n.id} sticks out of lane ${n.laneId}`);
  }
  const ids = new Set(doc.nodes.map((n) => n.id));
  for (const e of doc.edges) if (!ids.has(e.source) || !ids.has(e.target)) fail(`edge ${e.id} has a dangling end`);
  const outs = new Map();
  for (const e of doc.edges) (outs.get(e.source) ?? outs.set(e.source, []).get(e.source)).push(e);
  for (const n of doc.nodes) {
    if (n.kind === 'end') continue;
    if (!outs.has(n.id)) fail(`node ${n.id} (${n.kind}) has no way out`);
    if (n.kind === 'decision') {
      const sum = outs.get(n.id).reduce((a, e) => a + (e.probability ?? 0), 0);
      if (Math.abs(sum - 1) > 1e-9) fail(`decision ${n.id} probabilities sum to ${sum}`);
    }
  }
}

/** Counts by kind and a few totals, for the bench's report. */
export function describeProcess(doc) {
  const kinds = {};
  for (const n of doc.nodes) kinds[n.kind] = (kinds[n.kind] ?? 0) + 1;
  const xs = Object.values(doc.diagram.nodes).map((g) => g.x + g.w);
  const height = Object.values(doc.diagram.laneSizes).reduce((a, b) => a + b, 0);
  return {
    nodes: doc.nodes.length,
    edges: doc.edges.length,
    lanes: doc.lanes.length,
    kinds,
    width: Math.max(...xs),
    height,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [nodes = '1000', lanes = '20', seed = '1'] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(generateProcess({ nodes: Number(nodes), lanes: Number(lanes), seed: Number(seed) })));
}
