import { describe, expect, it } from 'vitest';
import { simulate } from '../run';
import { simDoc } from '../testing/simDocs';

describe("Little's law", () => {
  it('holds on a long run of a process with queues, a decision, parallel work, a wait and a hand-off delay (L = λW within 2 %)', () => {
    const doc = simDoc({
      lanes: { desk: 2, doctor: 3, lab: 1 },
      nodes: {
        s: { kind: 'start', lane: 'desk', arrival: { kind: 'poisson', perHour: 20 } },
        reg: { kind: 'task', lane: 'desk', dist: { kind: 'triangular', min: 2, mode: 4, max: 8 } },
        d: { kind: 'decision', lane: 'desk' },
        split: { kind: 'parallelSplit', lane: 'doctor' },
        consult: { kind: 'task', lane: 'doctor', dist: { kind: 'lognormal', mean: 12, sd: 6 } },
        test: { kind: 'task', lane: 'lab', dist: { kind: 'exponential', mean: 2 } },
        join: { kind: 'parallelJoin', lane: 'doctor' },
        result: { kind: 'wait', lane: 'lab', dist: { kind: 'uniform', min: 5, max: 15 } },
        e: { kind: 'end', lane: 'desk' },
      },
      edges: {
        's>reg': {},
        'reg>d': {},
        'd>split': { probability: 0.7, handoff: '就诊卡', handoffDelay: { unit: 'minute', dist: { kind: 'fixed', value: 1 } } },
        'd>e': { probability: 0.3 },
        'split>consult': {},
        'split>test': { handoff: '检验单' },
        'consult>join': {},
        'test>result': {},
        'result>join': { handoff: '报告' },
        'join>e': { handoff: '病历' },
      },
      settings: { run: { kind: 'cases', count: 100_000 }, warmUp: { length: 20, unit: 'hour' } },
    });
    const f = simulate(doc, { seed: 42 }).figures;
    const lambda = f.arrived / f.span;
    expect(f.completed).toBe(f.arrived);
    expect(Math.abs(f.wipMean / (lambda * f.cycleMean) - 1)).toBeLessThan(0.02);
  });
});
