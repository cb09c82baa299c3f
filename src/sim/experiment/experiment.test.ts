import { describe, expect, it } from 'vitest';
import { createExperiment, runExperiment } from './experiment';
import { estimate, estimateAll, tQuantile975 } from './estimate';
import { queueDoc } from '../testing/simDocs';
import type { ProcessDocument } from '../../model';

describe('confidence intervals', () => {
  it('uses Student t for few replications', () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(4)).toBe(2.776);
    expect(tQuantile975(1000)).toBeCloseTo(1.962, 3);
    const e = estimate([1, 2, 3, 4, 5]);
    expect(e.mean).toBe(3);
    expect(e.half).toBeCloseTo(2.776 * Math.sqrt(2.5 / 5), 9);
    expect(estimate([7])).toEqual({ mean: 7, half: 0, n: 1 });
  });

  it('estimates every number of a figures tree and keeps ids', () => {
    const tree = estimateAll([{ id: 'a', x: 1, list: [{ id: 'n', y: 2 }] }, { id: 'a', x: 3, list: [{ id: 'n', y: 4 }] }]);
    expect(tree.id).toBe('a');
    expect(tree.x.mean).toBe(2);
    expect(tree.list[0]!.y.mean).toBe(3);
  });
});

/** The one-lane queue with a "+1 staff" and a "demand +50 %" scenario. */
const withScenarios = (): ProcessDocument => {
  const doc = queueDoc({ perHour: 50, meanMinutes: 1, staff: 1, cases: 20_000 });
  return {
    ...doc,
    simulation: {
      ...doc.simulation!,
      replications: 5,
      scenarios: [
        { id: 'more', name: '+1 人', changes: [{ kind: 'staff', laneId: 'q', delta: 1 }] },
        { id: 'busy', name: '客流 +10 %', changes: [{ kind: 'demand', factor: 1.1 }] },
        { id: 'same', name: '不变', changes: [] },
      ],
    },
  };
};

describe('experiments', () => {
  it('runs every replication of the process and each scenario, with confidence intervals', () => {
    const result = runExperiment({ doc: withScenarios() });
    expect(result.replications).toBe(5);
    expect(result.base.runs).toHaveLength(5);
    expect(result.scenarios.map((s) => s.scenario?.name)).toEqual(['+1 人', '客流 +10 %', '不变']);
    const wait = (r: typeof result.base) => r.estimate.nodes[1]!.waitMean;
    // M/M/1 at ρ = 5/6: Wq = 5 min; M/M/2 at the same load waits far less; more demand, more wait.
    expect(wait(result.base).mean).toBeGreaterThan(3.5);
    expect(wait(result.base).half).toBeGreaterThan(0);
    expect(wait(result.scenarios[0]!).mean).toBeLessThan(0.5);
    expect(result.scenarios[1]!.difference!.nodes[1]!.waitMean.mean).toBeGreaterThan(0);
  });

  it('compares scenarios with common random numbers: an unchanged scenario differs by exactly 0', () => {
    const result = runExperiment({ doc: withScenarios(), scenarioIds: ['same', 'busy'] });
    const same = result.scenarios.find((s) => s.scenario?.id === 'same')!;
    expect(same.runs).toEqual(result.base.runs);
    expect(same.difference!.cycleMean).toEqual({ mean: 0, half: 0, n: 5 });
    // Pairing by replication removes most of the run-to-run noise from the difference.
    const busy = result.scenarios.find((s) => s.scenario?.id === 'busy')!;
    expect(busy.difference!.cycleMean.half).toBeLessThan(busy.estimate.cycleMean.half + result.base.estimate.cycleMean.half);
  });

  it('reports progress run by run, in chunks of events', () => {
    const experiment = createExperiment({ doc: withScenarios(), replications: 2, scenarioIds: ['more'] });
    const seen: number[] = [];
    while (!experiment.advance(5_000)) seen.push(experiment.progress().fraction);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen).toEqual(seen.slice().sort((a, b) => a - b));
    expect(experiment.progress()).toEqual({ run: 4, runs: 4, fraction: 1 });
    expect(experiment.result().scenarios).toHaveLength(1);
  });
});
