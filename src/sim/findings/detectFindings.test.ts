// Test processes for each problem the simulation must find, and the findings it reports.
import { describe, expect, it } from 'vitest';
import { runExperiment } from '../experiment/experiment';
import { simulate } from '../run';
import { simDoc, type SimDocSpec } from '../testing/simDocs';

const arrival = { kind: 'poisson' as const, perHour: 6 };
const run = (spec: SimDocSpec, count = 500) => {
  const doc = simDoc({ ...spec, settings: { run: { kind: 'cases', count }, ...spec.settings } });
  return { doc, figures: simulate(doc, { seed: 9 }).figures, findings: runExperiment({ doc, replications: 2 }).base.findings };
};
const nodeOf = (f: ReturnType<typeof run>['figures'], id: string) => f.nodes.find((n) => n.id === id)!;

describe('problems found by simulation', () => {
  it('finds a deadlock: a join waiting for a branch that left by another way', () => {
    const { figures, findings } = run({
      lanes: { l: 5 },
      nodes: {
        s: { kind: 'start', lane: 'l', arrival },
        p: { kind: 'parallelSplit', lane: 'l' },
        a: { kind: 'task', lane: 'l' },
        d: { kind: 'decision', lane: 'l' },
        j: { kind: 'parallelJoin', lane: 'l' },
        e: { kind: 'end', lane: 'l' },
        quit: { kind: 'end', lane: 'l' },
      },
      edges: { 's>p': {}, 'p>a': {}, 'p>d': {}, 'a>j': {}, 'd>j': { probability: 0.8 }, 'd>quit': { probability: 0.2 }, 'j>e': {} },
    });
    const deadlocked = nodeOf(figures, 'j').stuck.deadlock;
    expect(Math.abs(deadlocked / figures.arrived - 0.2)).toBeLessThan(0.06);
    expect(figures.stuck).toBe(deadlocked);
    expect(figures.completed + figures.stuck).toBe(figures.arrived);
    expect(findings[0]).toMatchObject({ code: 'deadlock', severity: 'error', target: { kind: 'node', id: 'j' } });
  });

  it('finds stranded cases at a step with no way out', () => {
    const { figures, findings } = run({
      lanes: { l: 5 },
      nodes: { s: { kind: 'start', lane: 'l', arrival }, d: { kind: 'decision', lane: 'l' }, lost: { kind: 'task', lane: 'l' }, e: { kind: 'end', lane: 'l' } },
      edges: { 's>d': {}, 'd>lost': { probability: 0.1 }, 'd>e': { probability: 0.9 } },
    });
    expect(nodeOf(figures, 'lost').stuck.deadEnd).toBe(figures.stuck);
    expect(figures.stuck).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ code: 'strandedCases', target: { id: 'lost' } });
  });

  it('counts missing hand-offs each time a case crosses an undescribed cross-lane flow', () => {
    const { figures, findings } = run({
      lanes: { desk: 2, cash: 2 },
      nodes: { s: { kind: 'start', lane: 'desk', arrival }, reg: { kind: 'task', lane: 'desk' }, pay: { kind: 'task', lane: 'cash' }, e: { kind: 'end', lane: 'cash' } },
      edges: { 's>reg': {}, 'reg>pay': {}, 'pay>e': {} },
    });
    expect(figures.edges.find((e) => e.id === 'reg>pay')).toMatchObject({ traversals: 500, missingHandoff: 1 });
    expect(findings.find((f) => f.code === 'missingHandoff')).toMatchObject({ target: { kind: 'edge', id: 'reg>pay' }, params: { count: 500, perCase: 1, from: 'desk', to: 'cash' } });
  });

  it('finds ping-pong: cases sent back and forth between the same two lanes', () => {
    const { figures, findings } = run({
      lanes: { sales: 3, tech: 3 },
      nodes: {
        s: { kind: 'start', lane: 'sales', arrival },
        quote: { kind: 'task', lane: 'sales' },
        check: { kind: 'task', lane: 'tech' },
        ok: { kind: 'decision', lane: 'tech' },
        e: { kind: 'end', lane: 'tech' },
      },
      edges: { 's>quote': {}, 'quote>check': { handoff: '报价单' }, 'check>ok': {}, 'ok>quote': { probability: 0.5, handoff: '退回' }, 'ok>e': { probability: 0.5 } },
    });
    // A case bounces (sales→tech→sales→tech) when it is sent back at least once: half of them.
    expect(Math.abs(figures.pingPongCases / figures.arrived - 0.5)).toBeLessThan(0.07);
    expect(figures.crossingsPerCase).toBeCloseTo(3, 0);
    expect(findings.find((f) => f.code === 'pingPong')).toMatchObject({ params: { laneA: 'sales', laneB: 'tech' } });
  });

  it('finds cases of a type no branch takes, steps needing more people than the lane has, and endless loops', () => {
    const { figures, findings } = run({
      lanes: { l: 1, empty: 0 },
      nodes: {
        s: { kind: 'start', lane: 'l', arrival },
        d: { kind: 'decision', lane: 'l' },
        nobody: { kind: 'task', lane: 'empty' },
        again: { kind: 'decision', lane: 'l' },
        loop: { kind: 'task', lane: 'l', dist: { kind: 'fixed', value: 0.001 } },
        e: { kind: 'end', lane: 'l' },
      },
      edges: { 's>d': {}, 'd>nobody': { caseTypes: ['a'], handoff: 'x' }, 'd>loop': { caseTypes: ['b'] }, 'nobody>e': { handoff: 'x' }, 'loop>again': {}, 'again>loop': {} },
      settings: { caseTypes: [{ id: 'a', name: 'A', share: 0.4 }, { id: 'b', name: 'B', share: 0.4 }, { id: 'c', name: 'C', share: 0.2 }] },
    }, 50);
    expect(nodeOf(figures, 'd').stuck.unrouted).toBeGreaterThan(0);
    expect(nodeOf(figures, 'nobody').stuck.noStaff).toBeGreaterThan(0);
    expect(nodeOf(figures, 'loop').stuck.endlessLoop + nodeOf(figures, 'again').stuck.endlessLoop).toBeGreaterThan(0);
    expect(figures.stuck).toBe(figures.arrived);
    expect(new Set(findings.filter((f) => f.severity === 'error').map((f) => f.code))).toEqual(new Set(['unroutedCases', 'noStaff', 'endlessLoop']));
  });

  it('names the bottleneck, time-standard breaches, overtime, costs and unused steps', () => {
    const { findings } = run({
      lanes: { guide: 3, doctor: 1, spare: 2 },
      nodes: {
        s: { kind: 'start', lane: 'guide', arrival: { kind: 'poisson', perHour: 5 } },
        greet: { kind: 'task', lane: 'guide', dist: { kind: 'fixed', value: 1 }, fixedCost: 2 },
        consult: { kind: 'task', lane: 'doctor', dist: { kind: 'exponential', mean: 11 }, timeStandard: { kind: 'startWithin', limit: 15, unit: 'minute' } },
        d: { kind: 'decision', lane: 'doctor' },
        never: { kind: 'task', lane: 'guide' },
        e: { kind: 'end', lane: 'doctor' },
      },
      edges: { 's>greet': {}, 'greet>consult': { handoff: '问询卡' }, 'consult>d': {}, 'd>never': { probability: 0 }, 'd>e': { probability: 1 }, 'never>e': { handoff: 'x' } },
      patchLanes: (doc) => doc.lanes.map((l) => (l.id === 'doctor' ? { ...l, hours: { open: '09:00', close: '17:00' }, costPerHour: 100 } : l)),
    }, 2000);
    const codes = findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['bottleneck', 'timeStandardBreach', 'overtime', 'costPerCase', 'unusedStep', 'unusedLane']));
    expect(findings.find((f) => f.code === 'bottleneck')).toMatchObject({ target: { kind: 'lane', id: 'doctor' }, params: { lane: 'doctor', label: 'consult' } });
    expect(findings.find((f) => f.code === 'timeStandardBreach')).toMatchObject({ params: { label: 'consult', limit: 15, unit: 'minute' } });
    expect(codes.indexOf('bottleneck')).toBeLessThan(codes.indexOf('costPerCase'));
  });
});
