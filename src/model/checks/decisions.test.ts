import { describe, it, expect } from 'vitest';
import { checkProcess } from './index';
import { build, type EdgeSpec } from './testBuilder';

const decisionCodes = ['decisionFewBranches', 'decisionNoProbabilities', 'decisionProbabilitySum'];

/** 到达 → 是否初诊? → 初诊咨询 / 复诊咨询 / 转诊 → 离院, with the decision's edges given. */
function decisionFindings(branches: EdgeSpec[]) {
  const doc = build({
    lanes: ['咨询医生'],
    nodes: {
      s: ['start', '咨询医生', '到达'],
      d: ['decision', '咨询医生', '是否初诊?'],
      first: ['task', '咨询医生', '初诊咨询'],
      again: ['task', '咨询医生', '复诊咨询'],
      refer: ['task', '咨询医生', '转诊'],
      e: ['end', '咨询医生', '离院'],
    },
    edges: ['s>d', ...branches, 'first>e', 'again>e', 'refer>e'],
  });
  return checkProcess(doc).filter((f) => decisionCodes.includes(f.code));
}

describe('decisionFewBranches', () => {
  it('reports a decision with a single branch', () => {
    expect(decisionFindings(['d>first'])).toEqual([
      {
        code: 'decisionFewBranches',
        severity: 'warning',
        target: { kind: 'node', id: 'd' },
        related: [{ kind: 'edge', id: 'd>first' }],
        params: { label: '是否初诊?', branches: 1 },
      },
    ]);
  });

  it('accepts a decision with two branches and probabilities', () => {
    expect(decisionFindings([['d>first', { p: 0.6 }], ['d>again', { p: 0.4 }]])).toEqual([]);
  });
});

describe('decisionNoProbabilities', () => {
  it('notes a decision whose branches have no probability at all', () => {
    expect(decisionFindings(['d>first', 'd>again'])).toEqual([
      {
        code: 'decisionNoProbabilities',
        severity: 'info',
        target: { kind: 'node', id: 'd' },
        related: [
          { kind: 'edge', id: 'd>first' },
          { kind: 'edge', id: 'd>again' },
        ],
        params: { label: '是否初诊?' },
      },
    ]);
  });

  it('is not raised for a decision with fewer than two branches', () => {
    expect(decisionFindings(['d>first']).map((f) => f.code)).toEqual(['decisionFewBranches']);
  });
});

describe('decisionProbabilitySum', () => {
  it('warns when the set probabilities do not add up to 100 %', () => {
    expect(decisionFindings([['d>first', { p: 0.6 }], ['d>again', { p: 0.3 }]])).toEqual([
      {
        code: 'decisionProbabilitySum',
        severity: 'warning',
        target: { kind: 'node', id: 'd' },
        related: [
          { kind: 'edge', id: 'd>first' },
          { kind: 'edge', id: 'd>again' },
        ],
        params: { label: '是否初诊?', sum: 90 },
      },
    ]);
  });

  it('counts unset branches as 0 and rounds the percentage to one decimal', () => {
    const found = decisionFindings([['d>first', { p: 0.3333 }], 'd>again']);
    expect(found.map((f) => [f.code, f.params.sum])).toEqual([['decisionProbabilitySum', 33.3]]);
  });

  it('tolerates float noise such as 0.1 + 0.2 + 0.7', () => {
    const branches: EdgeSpec[] = [['d>first', { p: 0.1 }], ['d>again', { p: 0.2 }], ['d>refer', { p: 0.7 }]];
    expect(decisionFindings(branches)).toEqual([]);
  });
});
