import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model';
import { simDoc } from '../testing/simDocs';
import { applyScenario, demandOf } from './scenario';

const doc = simDoc({
  lanes: { a: 2, b: 1 },
  nodes: { s: { kind: 'start', lane: 'a' }, t: { kind: 'task', lane: 'a' }, w: { kind: 'wait', lane: 'b' }, e: { kind: 'end', lane: 'b' } },
  edges: { 's>t': {}, 't>w': { handoff: 'x' }, 'w>e': {} },
});
const faster = { unit: 'minute' as const, dist: { kind: 'fixed' as const, value: 1 } };

describe('scenarios', () => {
  it('changes staff (never below 0), durations and demand, and skips changes to missing elements', () => {
    const scenario: Scenario = {
      id: 'x',
      name: 'x',
      changes: [
        { kind: 'staff', laneId: 'a', delta: 1 },
        { kind: 'staff', laneId: 'b', delta: -5 },
        { kind: 'staff', laneId: 'gone', delta: 3 },
        { kind: 'duration', nodeId: 'w', duration: faster },
        { kind: 'duration', nodeId: 's', duration: faster },
        { kind: 'demand', factor: 1.5 },
        { kind: 'demand', factor: 2 },
      ],
    };
    const next = applyScenario(doc, scenario);
    expect(next.lanes.map((l) => l.staff)).toEqual([3, 0]);
    expect(next.nodes.find((n) => n.id === 'w')).toMatchObject({ duration: faster });
    expect(next.nodes.find((n) => n.id === 's')).toEqual(doc.nodes.find((n) => n.id === 's'));
    expect(demandOf(scenario)).toBe(3);
    expect(doc.lanes.map((l) => l.staff)).toEqual([2, 1]);
  });

  it('leaves the document alone without changes', () => {
    expect(applyScenario(doc, null)).toBe(doc);
    expect(applyScenario(doc, { id: 'y', name: 'y', changes: [] })).toBe(doc);
    expect(demandOf(null)).toBe(1);
  });
});
