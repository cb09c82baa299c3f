import { describe, it, expect } from 'vitest';
import { checkProcess } from './index';
import { build, type DocSpec } from './testBuilder';

const lanes = ['导诊', '咨询医生', '收银'];
const pingPongs = (spec: DocSpec) => checkProcess(build(spec)).filter((f) => f.code === 'pingPong');

// 导诊 登记 → 医生 咨询 → 医生 开单 → 导诊 补资料 → 医生 复诊 → 收银 收费
const nodes: DocSpec['nodes'] = {
  s: ['start', '导诊', '到达'],
  reg: ['task', '导诊', '登记'],
  ask: ['task', '咨询医生', '咨询'],
  order: ['task', '咨询医生', '开单'],
  fix: ['task', '导诊', '补资料'],
  again: ['task', '咨询医生', '复诊'],
  pay: ['task', '收银', '收费'],
  e: ['end', '收银', '离院'],
};

describe('pingPong', () => {
  it('warns once when work goes 导诊 → 医生 → 导诊 → 医生', () => {
    const spec: DocSpec = {
      lanes,
      nodes,
      edges: ['s>reg', ['reg>ask', { label: '分诊' }], 'ask>order', 'order>fix', 'fix>again', 'again>pay', 'pay>e'],
    };
    expect(pingPongs(spec)).toEqual([
      {
        code: 'pingPong',
        severity: 'warning',
        target: { kind: 'edge', id: 'reg>ask' },
        related: [
          { kind: 'edge', id: 'reg>ask' },
          { kind: 'edge', id: 'order>fix' },
          { kind: 'edge', id: 'fix>again' },
          { kind: 'lane', id: 'L1' },
          { kind: 'lane', id: 'L2' },
        ],
        params: { label: '分诊', laneA: '导诊', laneB: '咨询医生' },
      },
    ]);
  });

  it('reports a longer bounce only once per lane pair', () => {
    const spec: DocSpec = {
      lanes,
      nodes: { ...nodes, fix2: ['task', '导诊', '再补'] },
      edges: ['s>reg', 'reg>ask', 'ask>fix', 'fix>order', 'order>fix2', 'fix2>again', 'again>pay', 'pay>e'],
    };
    expect(pingPongs(spec).map((f) => f.target)).toEqual([{ kind: 'edge', id: 'reg>ask' }]);
  });

  it('does not warn when another lane comes in between', () => {
    const spec: DocSpec = {
      lanes,
      nodes,
      edges: ['s>reg', 'reg>ask', 'ask>order', 'order>pay', 'pay>fix', 'fix>again', 'again>e'],
    };
    expect(pingPongs(spec)).toEqual([]);
  });

  it('does not warn for a single return (导诊 → 医生 → 导诊)', () => {
    const spec: DocSpec = {
      lanes,
      nodes,
      edges: ['s>reg', 'reg>ask', 'ask>order', 'order>fix', 'fix>pay', 'pay>e', 'again>e'],
    };
    expect(pingPongs(spec)).toEqual([]);
  });

  it('does not count going round one rework loop twice', () => {
    const spec: DocSpec = {
      lanes,
      nodes: { ...nodes, d: ['decision', '咨询医生', '资料齐全?'] },
      edges: ['s>reg', 'reg>ask', 'ask>d', ['d>reg', { p: 0.2 }], ['d>pay', { p: 0.8 }], 'pay>e'],
    };
    expect(pingPongs(spec)).toEqual([]);
  });
});
