// The benchmark's process: a 40-step, 8-lane clinic visit (初诊/复诊 case types, checks in
// parallel, a rework loop, treatment needing two people, follow-up days later), built with the
// model's commands so it is a valid document. Every lane has work; staff are set so the busiest
// lane runs at about 80 % at the arrival rate the bench chooses.
import {
  applyCommand,
  DEFAULT_SIMULATION,
  emptyDocument,
  type Distribution,
  type FlowNode,
  type NodeKind,
  type ProcessDocument,
} from '../src/model';

type Step = [id: string, kind: NodeKind, lane: number, label: string, dist?: Distribution];

const LANES: [name: string, staff: number][] = [
  ['导诊', 2], ['咨询助理', 2], ['咨询医生', 4], ['收银', 1], ['检验科', 2], ['影像科', 1], ['治疗室', 4], ['回访专员', 1],
];
const tri = (min: number, mode: number, max: number): Distribution => ({ kind: 'triangular', min, mode, max });
const exp = (mean: number): Distribution => ({ kind: 'exponential', mean });
const logn = (mean: number, sd: number): Distribution => ({ kind: 'lognormal', mean, sd });
const norm = (mean: number, sd: number): Distribution => ({ kind: 'normal', mean, sd });
const uni = (min: number, max: number): Distribution => ({ kind: 'uniform', min, max });

const STEPS: Step[] = [
  ['s', 'start', 0, '顾客到院'],
  ['greet', 'task', 0, '迎宾', uni(0.5, 1.5)],
  ['register', 'task', 1, '登记', tri(2, 3, 6)],
  ['first', 'decision', 1, '是否初诊?'],
  ['card', 'task', 1, '填写就诊卡', tri(3, 5, 10)],
  ['triage', 'task', 0, '分诊', exp(2)],
  ['record', 'task', 1, '调取病历', uni(1, 3)],
  ['queue', 'wait', 0, '等待叫号', uni(2, 8)],
  ['consult', 'task', 2, '面诊', logn(15, 6)],
  ['needTests', 'decision', 2, '需要检查?'],
  ['split', 'parallelSplit', 2, '检查开始'],
  ['order', 'task', 4, '开检查单', exp(1.5)],
  ['blood', 'task', 4, '采血', tri(2, 3, 5)],
  ['lab', 'wait', 4, '等待化验结果', norm(30, 8)],
  ['xray', 'task', 5, '拍片', tri(4, 6, 10)],
  ['imaging', 'task', 5, '出影像报告', exp(4)],
  ['join', 'parallelJoin', 2, '检查汇合'],
  ['read', 'task', 2, '解读报告', tri(3, 5, 9)],
  ['ok', 'decision', 2, '结果合格?'],
  ['plan', 'task', 2, '制定方案', logn(10, 4)],
  ['agree', 'decision', 2, '顾客同意方案?'],
  ['quote', 'task', 1, '报价', uni(3, 7)],
  ['pay', 'task', 3, '收费', tri(1, 2, 4)],
  ['invoice', 'task', 3, '开票', uni(0.5, 1)],
  ['prep', 'parallelSplit', 6, '治疗准备'],
  ['tools', 'task', 6, '准备器械', tri(3, 5, 8)],
  ['clean', 'task', 6, '消毒', uni(4, 6)],
  ['assess', 'task', 2, '术前评估', exp(5)],
  ['ready', 'parallelJoin', 6, '准备完成'],
  ['treat', 'task', 6, '治疗', logn(30, 10)],
  ['observe', 'wait', 6, '术后观察', uni(15, 30)],
  ['advice', 'task', 2, '医嘱', tri(2, 3, 5)],
  ['medicine', 'task', 3, '取药', exp(1.5)],
  ['book', 'task', 1, '预约复诊', uni(1, 3)],
  ['callBack', 'decision', 7, '需要回访?'],
  ['later', 'wait', 7, '三天后', { kind: 'fixed', value: 3 }],
  ['call', 'task', 7, '电话回访', tri(2, 4, 8)],
  ['file', 'task', 0, '归档', uni(0.5, 1.5)],
  ['leave', 'end', 0, '离院'],
  ['noDeal', 'end', 1, '未成交离院'],
];

/** [source, target, share?, case type?, hand-off delay in minutes?] */
const FLOWS: [string, string, number?, string?, number?][] = [
  ['s', 'greet'], ['greet', 'register', undefined, undefined, 1], ['register', 'first'],
  ['first', 'card', undefined, 'ct_new'], ['first', 'record', undefined, 'ct_again'],
  ['card', 'triage'], ['record', 'triage'], ['triage', 'queue'], ['queue', 'consult', undefined, undefined, 1],
  ['consult', 'needTests'], ['needTests', 'split', 0.6], ['needTests', 'plan', 0.4],
  ['split', 'order', undefined, undefined, 2], ['split', 'xray', undefined, undefined, 3], ['order', 'blood'], ['blood', 'lab'],
  ['xray', 'imaging'], ['lab', 'join'], ['imaging', 'join'], ['join', 'read'],
  ['read', 'ok'], ['ok', 'plan', 0.9], ['ok', 'split', 0.1],
  ['plan', 'agree'], ['agree', 'quote', 0.8], ['agree', 'noDeal', 0.2],
  ['quote', 'pay', undefined, undefined, 1], ['pay', 'invoice'], ['invoice', 'prep', undefined, undefined, 2],
  ['prep', 'tools'], ['prep', 'clean'], ['prep', 'assess'], ['tools', 'ready'], ['clean', 'ready'], ['assess', 'ready'],
  ['ready', 'treat'], ['treat', 'observe'], ['observe', 'advice'], ['advice', 'medicine'], ['medicine', 'book'],
  ['book', 'callBack'], ['callBack', 'later', 0.7], ['callBack', 'file', 0.3], ['later', 'call'], ['call', 'file'], ['file', 'leave'],
];

export function benchProcess(perHour: number, cases: number): ProcessDocument {
  let doc = emptyDocument('p_sim_bench', '门诊就诊（仿真基准）');
  LANES.forEach(([name, staff], i) => (doc = applyCommand(doc, 'addLane', { id: `l${i}`, name, staff })));
  STEPS.forEach(([id, kind, lane, label], i) => (doc = applyCommand(doc, 'addNode', { id, kind, laneId: `l${lane}`, label, at: { x: 40 + i * 160, y: 20 } })));
  FLOWS.forEach(([source, target]) => (doc = applyCommand(doc, 'connect', { id: `${source}>${target}`, source, target })));
  const byId = new Map(STEPS.map((s) => [s[0], s]));
  const nodes = doc.nodes.map((n): FlowNode => {
    const dist = byId.get(n.id)![4];
    if (n.kind === 'start') return { ...n, arrival: { kind: 'poisson', perHour } };
    if (n.kind === 'task') return { ...n, duration: { unit: 'minute', dist: dist! }, people: n.id === 'treat' ? 2 : 1, timeStandard: n.id === 'greet' ? { kind: 'startWithin', limit: 1, unit: 'minute' } : null };
    if (n.kind === 'wait') return { ...n, duration: { unit: n.id === 'later' ? 'day' : 'minute', dist: dist! } };
    return n;
  });
  const edges = doc.edges.map((e) => {
    const [, , share, caseType, delay] = FLOWS.find(([s, t]) => `${s}>${t}` === e.id)!;
    const crosses = doc.nodes.find((n) => n.id === e.source)!.laneId !== doc.nodes.find((n) => n.id === e.target)!.laneId;
    return {
      ...e,
      probability: share ?? null,
      caseTypes: caseType ? [caseType] : [],
      // One cross-lane flow in ten has no hand-off described, as in real drafts.
      handoff: crosses && e.id.length % 10 !== 0 ? { what: '就诊卡', how: 'inPerson' as const, note: '' } : null,
      handoffDelay: delay ? { unit: 'minute' as const, dist: { kind: 'exponential' as const, mean: delay } } : null,
    };
  });
  const caseTypes = [{ id: 'ct_new', name: '初诊', share: 0.6 }, { id: 'ct_again', name: '复诊', share: 0.4 }];
  return { ...doc, nodes, edges, simulation: { ...DEFAULT_SIMULATION, run: { kind: 'cases', count: cases }, replications: 1, caseTypes } };
}
