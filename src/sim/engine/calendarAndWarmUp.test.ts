import { describe, expect, it } from 'vitest';
import type { WorkingHours } from '../../model';
import { simulate } from '../run';
import { simDoc, type NodeSpec } from '../testing/simDocs';

const oneStep = (task: NodeSpec, hours: WorkingHours, everyMinutes: number, cases: number) =>
  simDoc({
    lanes: { l: 1 },
    nodes: { s: { kind: 'start', lane: 'l', arrival: { kind: 'interval', every: everyMinutes, unit: 'minute' } }, t: task, e: { kind: 'end', lane: 'l' } },
    edges: { 's>t': {}, 't>e': {} },
    settings: { run: { kind: 'cases', count: cases } },
    patchLanes: (doc) => doc.lanes.map((l) => ({ ...l, hours, costPerHour: 10 })),
  });

describe('working hours', () => {
  it('starts work only while the lane is open and finishes work in progress after closing (overtime)', () => {
    // Cases at 00:00 (waits until 09:00), 16:30 (runs until 17:30: half an hour of overtime)
    // and 09:00 the next day; each takes an hour. The lane is open 09:00–17:00.
    const doc = oneStep({ kind: 'task', lane: 'l', dist: { kind: 'fixed', value: 60 } }, { open: '09:00', close: '17:00' }, 990, 3);
    const f = simulate(doc).figures;
    const t = f.nodes.find((n) => n.id === 't')!;
    expect(t.waitMax).toBe(540);
    expect(t.waitMean).toBeCloseTo(180, 9);
    expect(f.cycleMean).toBeCloseTo((600 + 60 + 60) / 3, 9);
    expect(f.lanes[0]!.overtimeHours).toBeCloseTo(0.5, 9);
    // Paid: the open hours within the run (2 days × 8 h, to 10:00 on day 2) plus the overtime.
    expect(f.lanes[0]!.cost).toBeCloseTo(10 * (8 + 1 + 0.5), 9);
  });

  it('runs durations in working days on the lane calendar', () => {
    // 1.5 working days of 9 hours, started at 09:00: done at 13:30 the next day.
    const doc = oneStep({ kind: 'task', lane: 'l', dist: { kind: 'fixed', value: 1.5 }, unit: 'day' }, { open: '09:00', close: '18:00' }, 10_000, 1);
    expect(simulate(doc).figures.cycleMean).toBe(1440 + 13.5 * 60);
  });
});

describe('warm-up', () => {
  it('leaves out cases that arrived during the warm-up and measures the period after it', () => {
    const doc = simDoc({
      lanes: { l: 1 },
      nodes: { s: { kind: 'start', lane: 'l', arrival: { kind: 'interval', every: 10, unit: 'minute' } }, t: { kind: 'task', lane: 'l', dist: { kind: 'fixed', value: 5 } }, e: { kind: 'end', lane: 'l' } },
      edges: { 's>t': {}, 't>e': {} },
      settings: { run: { kind: 'period', length: 10, unit: 'hour' }, warmUp: { length: 1, unit: 'hour' } },
    });
    const f = simulate(doc).figures;
    expect(f.span).toBe(600);
    // Arrivals at 1:00, 1:10, … 10:50; the run ends at 11:00 (an arrival then is not counted).
    expect(f.arrived).toBe(60);
    expect(f.completed).toBe(60);
    expect(f.lanes[0]!.utilisation).toBeCloseTo(0.5, 9);
    expect(f.nodes.find((n) => n.id === 't')!.entered).toBe(60);
  });

  it('counts cases still in progress at the end of a period run', () => {
    const doc = simDoc({
      lanes: { l: 1 },
      nodes: { s: { kind: 'start', lane: 'l', arrival: { kind: 'interval', every: 10, unit: 'minute' } }, t: { kind: 'task', lane: 'l', dist: { kind: 'fixed', value: 15 } }, e: { kind: 'end', lane: 'l' } },
      edges: { 's>t': {}, 't>e': {} },
      settings: { run: { kind: 'period', length: 1, unit: 'hour' } },
    });
    const f = simulate(doc).figures;
    // Arrivals at 0, 10, … 50; served back to back, 15 minutes each: 3 done before 60.
    expect(f.arrived).toBe(6);
    expect(f.completed).toBe(3);
    expect(f.inProgress).toBe(3);
  });
});
