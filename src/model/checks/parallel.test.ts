import { describe, it, expect } from 'vitest';
import { checkProcess, type FindingCode } from './index';
import { build, type DocSpec } from './testBuilder';

const lanes = ['咨询医生', '收银'];
const only = (spec: DocSpec, code: FindingCode) => checkProcess(build(spec)).filter((f) => f.code === code);

const nodes: DocSpec['nodes'] = {
  s: ['start', '咨询医生', '到达'],
  ps: ['parallelSplit', '咨询医生', '同时进行'],
  rec: ['task', '咨询医生', '写病历'],
  pay: ['task', '收银', '收费'],
  pj: ['parallelJoin', '咨询医生', '汇合'],
  e: ['end', '咨询医生', '离院'],
};

describe('splitWithoutJoin', () => {
  it('reports a split whose branches never meet at one join', () => {
    const spec: DocSpec = { lanes, nodes, edges: ['s>ps', 'ps>rec', 'ps>pay', 'rec>pj', 'pj>e', 'pay>e'] };
    expect(only(spec, 'splitWithoutJoin')).toEqual([
      {
        code: 'splitWithoutJoin',
        severity: 'error',
        target: { kind: 'node', id: 'ps' },
        related: [
          { kind: 'edge', id: 'ps>rec' },
          { kind: 'edge', id: 'ps>pay' },
        ],
        params: { label: '同时进行', branches: 2, reason: 'noCommonJoin' },
      },
    ]);
  });

  it('reports a split with a single branch', () => {
    const spec: DocSpec = { lanes, nodes, edges: ['s>ps', 'ps>rec', 'rec>pj', 'pay>pj', 'pj>e'] };
    expect(only(spec, 'splitWithoutJoin').map((f) => f.params)).toEqual([
      { label: '同时进行', branches: 1, reason: 'fewBranches' },
    ]);
  });

  it('accepts branches that meet at a join', () => {
    const spec: DocSpec = { lanes, nodes, edges: ['s>ps', 'ps>rec', 'ps>pay', 'rec>pj', 'pay>pj', 'pj>e'] };
    const found = checkProcess(build(spec));
    expect(found.filter((f) => f.code === 'splitWithoutJoin' || f.code === 'joinWithoutSplit')).toEqual([]);
  });

  it('accepts nested splits and a branch that goes straight to the join', () => {
    const spec: DocSpec = {
      lanes,
      nodes: { ...nodes, ps2: ['parallelSplit', '收银', '分头'], pj2: ['parallelJoin', '收银', '合'] },
      edges: ['s>ps', 'ps>ps2', 'ps>pj', 'ps2>rec', 'ps2>pay', 'rec>pj2', 'pay>pj2', 'pj2>pj', 'pj>e'],
    };
    const found = checkProcess(build(spec));
    expect(found.filter((f) => f.code === 'splitWithoutJoin' || f.code === 'joinWithoutSplit')).toEqual([]);
  });
});

describe('joinWithoutSplit', () => {
  it('reports a join that no split leads to', () => {
    const spec: DocSpec = {
      lanes,
      nodes: { ...nodes, ps: ['decision', '咨询医生', '是否缴费?'] },
      edges: ['s>ps', ['ps>rec', { p: 0.5 }], ['ps>pay', { p: 0.5 }], 'rec>pj', 'pay>pj', 'pj>e'],
    };
    expect(only(spec, 'joinWithoutSplit')).toEqual([
      {
        code: 'joinWithoutSplit',
        severity: 'error',
        target: { kind: 'node', id: 'pj' },
        related: [
          { kind: 'edge', id: 'rec>pj' },
          { kind: 'edge', id: 'pay>pj' },
        ],
        params: { label: '汇合', incoming: 2, reason: 'noSplit' },
      },
    ]);
  });

  it('reports a join with a single incoming edge, even after a split', () => {
    const spec: DocSpec = {
      lanes,
      nodes: { ...nodes, pj2: ['parallelJoin', '收银', '再汇合'] },
      edges: ['s>ps', 'ps>rec', 'ps>pay', 'rec>pj', 'pay>pj', 'pj>pj2', 'pj2>e'],
    };
    expect(only(spec, 'joinWithoutSplit').map((f) => [f.target, f.params])).toEqual([
      [{ kind: 'node', id: 'pj2' }, { label: '再汇合', incoming: 1, reason: 'fewIncoming' }],
    ]);
  });

  it('accepts a join after a split', () => {
    const spec: DocSpec = { lanes, nodes, edges: ['s>ps', 'ps>rec', 'ps>pay', 'rec>pj', 'pay>pj', 'pj>e'] };
    expect(only(spec, 'joinWithoutSplit')).toEqual([]);
  });
});
