import { describe, it, expect } from 'vitest';
import { checkProcess } from './index';
import { build, type DocSpec } from './testBuilder';

const lanes = ['导诊', '咨询医生', '收银'];
const missing = (spec: DocSpec) => checkProcess(build(spec)).filter((f) => f.code === 'missingInput');

describe('missingInput', () => {
  const nodesWith = (askNeeds: string[], payProduces: string[]): DocSpec['nodes'] => ({
    s: ['start', '导诊', '到达'],
    reg: ['task', '导诊', '登记', { produces: ['就诊卡'] }],
    ask: ['task', '咨询医生', '咨询', { needs: askNeeds }],
    pay: ['task', '收银', '收费', { produces: payProduces }],
    e: ['end', '收银', '离院'],
  });
  const edges = ['s>reg', 'reg>ask', 'ask>pay', 'pay>e'];

  it('warns about an item only produced downstream', () => {
    expect(missing({ lanes, nodes: nodesWith([' 就诊卡 ', '缴费单'], ['缴费单']), edges })).toEqual([
      {
        code: 'missingInput',
        severity: 'warning',
        target: { kind: 'node', id: 'ask' },
        related: [],
        params: { label: '咨询', item: '缴费单' },
      },
    ]);
  });

  it('gives one finding per (task, item), in the order of the needs', () => {
    const found = missing({ lanes, nodes: nodesWith(['病历', '缴费单', '病历'], []), edges });
    expect(found.map((f) => [f.target, f.params.item])).toEqual([
      [{ kind: 'node', id: 'ask' }, '病历'],
      [{ kind: 'node', id: 'ask' }, '缴费单'],
    ]);
  });

  it('accepts items produced upstream (names compared trimmed)', () => {
    expect(missing({ lanes, nodes: nodesWith(['就诊卡 '], ['缴费单']), edges })).toEqual([]);
  });

  it('does not count a producer on a parallel branch as upstream', () => {
    const spec: DocSpec = {
      lanes,
      nodes: {
        s: ['start', '导诊', '到达'],
        ps: ['parallelSplit', '导诊', '同时'],
        rec: ['task', '咨询医生', '写病历', { produces: ['病历'] }],
        pay: ['task', '收银', '收费', { needs: ['病历'] }],
        pj: ['parallelJoin', '导诊', '汇合'],
        file: ['task', '导诊', '归档', { needs: ['病历'] }],
        e: ['end', '导诊', '离院'],
      },
      edges: ['s>ps', 'ps>rec', 'ps>pay', 'rec>pj', 'pay>pj', 'pj>file', 'file>e'],
    };
    expect(missing(spec).map((f) => [f.target, f.params.item])).toEqual([[{ kind: 'node', id: 'pay' }, '病历']]);
  });
});
