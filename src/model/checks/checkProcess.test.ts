import { describe, it, expect } from 'vitest';
import { checkProcess } from './index';
import { build, type DocSpec, type EdgeSpec } from './testBuilder';

describe('checkProcess', () => {
  it('finds nothing in a clean, complete process', () => {
    const doc = build({
      lanes: ['导诊', '咨询医生', '收银'],
      nodes: {
        s: ['start', '导诊', '患者到达'],
        reg: ['task', '导诊', '登记', { produces: ['就诊卡'] }],
        d: ['decision', '咨询医生', '是否初诊?'],
        first: ['task', '咨询医生', '初诊咨询', { needs: ['就诊卡'] }],
        again: ['task', '咨询医生', '复诊咨询', { needs: ['就诊卡'] }],
        ps: ['parallelSplit', '咨询医生', '同时进行'],
        rec: ['task', '咨询医生', '写病历', { produces: ['病历'] }],
        pay: ['task', '收银', '收费', { needs: ['就诊卡'], produces: ['发票'] }],
        pj: ['parallelJoin', '收银', '汇合'],
        out: ['task', '收银', '离院指引', { needs: ['病历', '发票'] }],
        e: ['end', '收银', '离院'],
      },
      edges: [
        's>reg',
        ['reg>d', { handoff: '就诊卡' }],
        ['d>first', { label: '是', p: 0.6 }],
        ['d>again', { label: '否', p: 0.4 }],
        'first>ps',
        'again>ps',
        'ps>rec',
        ['ps>pay', { handoff: '缴费单' }],
        ['rec>pj', { handoff: '病历' }],
        'pay>pj',
        'pj>out',
        'out>e',
      ],
    });
    expect(checkProcess(doc)).toEqual([]);
  });

  it('orders findings by severity, then document order, then code', () => {
    const doc = build({
      name: '乱序流程',
      lanes: ['导诊', '咨询医生', '收银'],
      nodes: {
        reg: ['task', '导诊', '登记'],
        d: ['decision', '咨询医生', '是否初诊?'],
        ask: ['task', '咨询医生', '咨询', { needs: ['病历'] }],
      },
      edges: ['reg>d', ['d>ask', { p: 0.5 }]],
    });
    expect(checkProcess(doc).map((f) => [f.severity, f.code, f.target])).toEqual([
      ['error', 'noStart', { kind: 'process' }],
      ['error', 'noEnd', { kind: 'process' }],
      ['error', 'deadEnd', { kind: 'node', id: 'ask' }],
      ['warning', 'decisionFewBranches', { kind: 'node', id: 'd' }],
      ['warning', 'decisionProbabilitySum', { kind: 'node', id: 'd' }],
      ['warning', 'missingInput', { kind: 'node', id: 'ask' }],
      ['warning', 'missingHandoff', { kind: 'edge', id: 'reg>d' }],
      ['info', 'emptyLane', { kind: 'lane', id: 'L3' }],
    ]);
  });

  it('ignores edges whose nodes are missing', () => {
    const doc = build({
      lanes: ['导诊'],
      nodes: { s: ['start', '导诊', '到达'], e: ['end', '导诊', '离院'] },
      edges: ['s>e', 'ghost>e', 's>nowhere'],
    });
    expect(checkProcess(doc)).toEqual([]);
  });

  it('checks a generated 1,000-node, 20-lane document deterministically', () => {
    const doc = build(generatedSpec(1000, 20));
    expect(doc.nodes).toHaveLength(1000);
    expect(doc.edges.length).toBeGreaterThan(1300);
    const first = checkProcess(doc);
    const second = checkProcess(doc);
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
  });
});

/**
 * A chain of segments (task → decision → two tasks → task, or split → two tasks → join) spread
 * over the lanes, with some rework edges back to earlier segments and items passed along.
 */
function generatedSpec(nodeCount: number, laneCount: number): DocSpec {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lanes = Array.from({ length: laneCount }, (_, i) => `科室${i + 1}`);
  const lane = () => lanes[Math.floor(random() * laneCount)]!;
  const item = () => `材料${Math.floor(random() * 40)}`;
  const nodes: DocSpec['nodes'] = { s: ['start', lanes[0]!, '到达'] };
  const edges: EdgeSpec[] = [];
  const crossing = (a: string, b: string): EdgeSpec =>
    random() < 0.7 ? [`${a}>${b}`, { handoff: item() }] : `${a}>${b}`;
  const task = (id: string) => {
    nodes[id] = ['task', lane(), `任务${id}`, { needs: random() < 0.3 ? [item()] : [], produces: [item()] }];
  };

  let prev = 's';
  const heads: string[] = [];
  let k = 0;
  while (Object.keys(nodes).length < nodeCount - 1) {
    const [a, b, c, d, m] = [`a${k}`, `b${k}`, `c${k}`, `d${k}`, `m${k}`];
    task(a);
    heads.push(a);
    edges.push(crossing(prev, a));
    if (k % 3 === 2) {
      nodes[b] = ['parallelSplit', lane(), '并行'];
      nodes[m] = ['parallelJoin', lane(), '汇合'];
      task(c);
      task(d);
      edges.push(crossing(a, b), crossing(b, c), crossing(b, d), crossing(c, m), crossing(d, m));
    } else {
      nodes[b] = ['decision', lane(), '判断?'];
      task(c);
      task(d);
      task(m);
      edges.push(crossing(a, b), [`${b}>${c}`, { p: 0.7 }], [`${b}>${d}`, { p: 0.3 }], crossing(c, m), crossing(d, m));
      if (random() < 0.3) edges.push(`${b}>${m}`);
      if (k > 3) edges.push(crossing(d, heads[k - 1 - Math.floor(random() * 3)]!));
    }
    prev = m;
    k++;
  }
  const ids = Object.keys(nodes);
  while (ids.length > nodeCount - 1) delete nodes[ids.pop()!];
  nodes['e'] = ['end', lane(), '离院'];
  edges.push(crossing(prev in nodes ? prev : ids[ids.length - 1]!, 'e'));
  return { lanes, nodes, edges: edges.filter((e) => endsExist(e, nodes)) };
}

function endsExist(edge: EdgeSpec, nodes: DocSpec['nodes']): boolean {
  const [source, target] = (typeof edge === 'string' ? edge : edge[0]).split('>');
  return source! in nodes && target! in nodes;
}
