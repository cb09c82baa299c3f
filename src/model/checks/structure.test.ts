import { describe, it, expect } from 'vitest';
import { checkProcess, type FindingCode } from './index';
import { build, type DocSpec } from './testBuilder';

const lanes = ['导诊', '咨询医生', '收银'];
const only = (spec: DocSpec, code: FindingCode) => checkProcess(build(spec)).filter((f) => f.code === code);

describe('noStart / noEnd', () => {
  it('reports a process without a start node', () => {
    const spec: DocSpec = {
      lanes,
      nodes: { reg: ['task', '导诊', '登记'], e: ['end', '导诊', '离院'] },
      edges: ['reg>e'],
    };
    expect(only(spec, 'noStart')).toEqual([
      { code: 'noStart', severity: 'error', target: { kind: 'process' }, related: [], params: { label: '门诊流程' } },
    ]);
    expect(only(spec, 'unreachable')).toEqual([]); // not repeated per node without any start
  });

  it('accepts a process with a start node', () => {
    const spec: DocSpec = {
      lanes,
      nodes: { s: ['start', '导诊', '到达'], reg: ['task', '导诊', '登记'], e: ['end', '导诊', '离院'] },
      edges: ['s>reg', 'reg>e'],
    };
    expect(only(spec, 'noStart')).toEqual([]);
    expect(only(spec, 'noEnd')).toEqual([]);
  });

  it('reports a process without an end node', () => {
    const spec: DocSpec = {
      lanes,
      nodes: { s: ['start', '导诊', '到达'], reg: ['task', '导诊', '登记'] },
      edges: ['s>reg'],
    };
    expect(only(spec, 'noEnd')).toEqual([
      { code: 'noEnd', severity: 'error', target: { kind: 'process' }, related: [], params: { label: '门诊流程' } },
    ]);
    expect(only(spec, 'noPathToEnd')).toEqual([]);
  });
});

describe('unreachable', () => {
  const base: DocSpec = {
    lanes,
    nodes: {
      s: ['start', '导诊', '到达'],
      reg: ['task', '导诊', '登记'],
      ask: ['task', '咨询医生', '咨询'],
      e: ['end', '导诊', '离院'],
    },
    edges: ['s>reg', 'reg>e', 'ask>e'],
  };

  it('reports a node no start leads to', () => {
    expect(only(base, 'unreachable')).toEqual([
      { code: 'unreachable', severity: 'error', target: { kind: 'node', id: 'ask' }, related: [], params: { label: '咨询' } },
    ]);
  });

  it('accepts the node once an edge leads to it', () => {
    expect(only({ ...base, edges: [...base.edges!, 'reg>ask'] }, 'unreachable')).toEqual([]);
  });
});

describe('deadEnd', () => {
  const nodes: DocSpec['nodes'] = {
    s: ['start', '导诊', '到达'],
    reg: ['task', '导诊', '登记'],
    ask: ['task', '导诊', '咨询'],
    e: ['end', '导诊', '离院'],
  };

  it('reports a non-end node without outgoing edges', () => {
    const found = only({ lanes, nodes, edges: ['s>reg', 's>ask', 'reg>e'] }, 'deadEnd');
    expect(found).toEqual([
      { code: 'deadEnd', severity: 'error', target: { kind: 'node', id: 'ask' }, related: [], params: { label: '咨询' } },
    ]);
  });

  it('does not report end nodes or nodes that continue', () => {
    expect(only({ lanes, nodes, edges: ['s>reg', 's>ask', 'reg>e', 'ask>e'] }, 'deadEnd')).toEqual([]);
  });
});

describe('noPathToEnd', () => {
  const nodes: DocSpec['nodes'] = {
    s: ['start', '导诊', '到达'],
    a: ['task', '导诊', '登记'],
    b: ['task', '导诊', '复核'],
    c: ['task', '导诊', '等待'],
    e: ['end', '导诊', '离院'],
  };

  it('reports nodes trapped in a loop, but not dead ends again', () => {
    const found = checkProcess(build({ lanes, nodes, edges: ['s>a', 'a>b', 'b>a', 'b>c', 's>e'] }));
    expect(found.filter((f) => f.code === 'noPathToEnd').map((f) => f.target)).toEqual([
      { kind: 'node', id: 'a' },
      { kind: 'node', id: 'b' },
    ]);
    expect(found.filter((f) => f.code === 'deadEnd').map((f) => f.target)).toEqual([{ kind: 'node', id: 'c' }]);
  });

  it('accepts a loop with an exit to the end', () => {
    expect(only({ lanes, nodes, edges: ['s>a', 'a>b', 'b>a', 'b>c', 'c>e'] }, 'noPathToEnd')).toEqual([]);
  });
});

describe('startHasIncoming / endHasOutgoing', () => {
  const nodes: DocSpec['nodes'] = {
    s: ['start', '导诊', '到达'],
    reg: ['task', '导诊', '登记'],
    e: ['end', '导诊', '离院'],
  };

  it('reports an edge into a start node', () => {
    expect(only({ lanes, nodes, edges: ['s>reg', 'reg>e', 'reg>s'] }, 'startHasIncoming')).toEqual([
      {
        code: 'startHasIncoming',
        severity: 'error',
        target: { kind: 'node', id: 's' },
        related: [{ kind: 'edge', id: 'reg>s' }],
        params: { label: '到达', count: 1 },
      },
    ]);
  });

  it('reports an edge out of an end node', () => {
    expect(only({ lanes, nodes, edges: ['s>reg', 'reg>e', 'e>reg'] }, 'endHasOutgoing')).toEqual([
      {
        code: 'endHasOutgoing',
        severity: 'error',
        target: { kind: 'node', id: 'e' },
        related: [{ kind: 'edge', id: 'e>reg' }],
        params: { label: '离院', count: 1 },
      },
    ]);
  });

  it('accepts a start with only outgoing and an end with only incoming edges', () => {
    const found = checkProcess(build({ lanes, nodes, edges: ['s>reg', 'reg>e'] }));
    expect(found.filter((f) => f.code === 'startHasIncoming' || f.code === 'endHasOutgoing')).toEqual([]);
  });
});
