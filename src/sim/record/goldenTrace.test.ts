// Golden event traces (the token-simulation style): a small process run with a fixed seed must
// produce exactly the recorded stream of events. Any change to the engine's behaviour shows up as
// a readable diff of tests/golden/sim/*.trace.json. Regenerate on purpose with
// UPDATE_GOLDEN=1 npx vitest run src/sim/record/goldenTrace.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../run';
import { simDoc } from '../testing/simDocs';
import type { ReplayEvent } from './recording';

const GOLDEN = resolve(__dirname, '../../../tests/golden/sim');

const clinic = () =>
  simDoc({
    lanes: { guide: 1, doctor: 2 },
    nodes: {
      arrive: { kind: 'start', lane: 'guide', arrival: { kind: 'poisson', perHour: 20 } },
      register: { kind: 'task', lane: 'guide', dist: { kind: 'uniform', min: 2, max: 4 } },
      first: { kind: 'decision', lane: 'guide' },
      consult: { kind: 'task', lane: 'doctor', dist: { kind: 'exponential', mean: 8 } },
      split: { kind: 'parallelSplit', lane: 'doctor' },
      xray: { kind: 'task', lane: 'doctor', dist: { kind: 'fixed', value: 5 } },
      report: { kind: 'wait', lane: 'doctor', dist: { kind: 'fixed', value: 3 } },
      join: { kind: 'parallelJoin', lane: 'doctor' },
      leave: { kind: 'end', lane: 'guide' },
    },
    edges: {
      'arrive>register': {},
      'register>first': {},
      'first>consult': { probability: 0.6, handoff: '就诊卡', handoffDelay: { unit: 'minute', dist: { kind: 'fixed', value: 1 } } },
      'first>split': { probability: 0.4, handoff: '就诊卡' },
      'split>xray': {},
      'split>report': {},
      'xray>join': {},
      'report>join': {},
      'consult>leave': {},
      'join>leave': {},
    },
    settings: { run: { kind: 'cases', count: 5 } },
  });

const line = (e: ReplayEvent) =>
  [e.t.toFixed(3), e.kind, `c${e.caseNo}`, e.at, e.level ?? '', e.until?.toFixed(3) ?? '', e.reason ?? ''].join(' ').trimEnd();

describe('golden event traces', () => {
  it('replays the small clinic process exactly', () => {
    const trace = simulate(clinic(), { seed: 2024, record: { firstCases: 5 } }).recording!.replay.map(line);
    const file = resolve(GOLDEN, 'clinic.trace.json');
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, JSON.stringify(trace, null, 2) + '\n');
    expect(trace).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
