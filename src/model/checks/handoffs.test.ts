import { describe, it, expect } from 'vitest';
import { checkProcess } from './index';
import { build, type EdgeSpec } from './testBuilder';

function handoffFindings(edge: EdgeSpec, sameLane = false) {
  const doc = build({
    lanes: ['导诊', '咨询医生'],
    nodes: {
      s: ['start', '导诊', '到达'],
      reg: ['task', '导诊', '登记'],
      ask: ['task', sameLane ? '导诊' : '咨询医生', '咨询'],
      e: ['end', '咨询医生', '离院'],
    },
    edges: ['s>reg', edge, ['ask>e', { handoff: '病历' }]],
  });
  return checkProcess(doc).filter((f) => f.code === 'missingHandoff');
}

describe('missingHandoff', () => {
  it('warns about a lane crossing with no hand-off', () => {
    expect(handoffFindings(['reg>ask', { label: '转交' }])).toEqual([
      {
        code: 'missingHandoff',
        severity: 'warning',
        target: { kind: 'edge', id: 'reg>ask' },
        related: [
          { kind: 'node', id: 'reg' },
          { kind: 'node', id: 'ask' },
        ],
        params: { label: '转交', from: '导诊', to: '咨询医生' },
      },
    ]);
  });

  it('warns when the hand-off says nothing about what is handed over', () => {
    expect(handoffFindings(['reg>ask', { handoff: '   ' }]).map((f) => f.target)).toEqual([
      { kind: 'edge', id: 'reg>ask' },
    ]);
  });

  it('accepts a crossing whose hand-off names the item', () => {
    expect(handoffFindings(['reg>ask', { handoff: '就诊卡' }])).toEqual([]);
  });

  it('does not ask for a hand-off inside one lane', () => {
    expect(handoffFindings('reg>ask', true).map((f) => f.target)).toEqual([]);
  });
});
