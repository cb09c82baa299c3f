import { describe, it, expect } from 'vitest';
import { checkProcess } from './index';
import { build, type DocSpec } from './testBuilder';

const emptyLanes = (spec: DocSpec) => checkProcess(build(spec)).filter((f) => f.code === 'emptyLane');

describe('emptyLane', () => {
  const nodes: DocSpec['nodes'] = {
    s: ['start', '导诊', '到达'],
    ask: ['task', '咨询医生', '咨询'],
    e: ['end', '导诊', '离院'],
  };

  it('notes a lane without nodes', () => {
    expect(emptyLanes({ lanes: ['导诊', '咨询医生', '收银'], nodes })).toEqual([
      { code: 'emptyLane', severity: 'info', target: { kind: 'lane', id: 'L3' }, related: [], params: { label: '收银' } },
    ]);
  });

  it('accepts lanes that all hold a node', () => {
    expect(emptyLanes({ lanes: ['导诊', '咨询医生'], nodes })).toEqual([]);
  });
});
