import { describe, expect, it } from 'vitest';
import { simulate } from '../run';
import { simDoc } from '../testing/simDocs';
import { eventLogCsv, eventLogXes } from './exportLog';

const doc = {
  ...simDoc({
    lanes: { guide: 1, cash: 1 },
    nodes: {
      s: { kind: 'start', lane: 'guide', arrival: { kind: 'interval', every: 10, unit: 'minute' } },
      reg: { kind: 'task', lane: 'guide', dist: { kind: 'fixed', value: 4 } },
      pay: { kind: 'task', lane: 'cash', dist: { kind: 'fixed', value: 2 } },
      e: { kind: 'end', lane: 'cash' },
    },
    edges: { 's>reg': {}, 'reg>pay': { handoff: '收费单' }, 'pay>e': {} },
    settings: { run: { kind: 'cases', count: 3 } },
  }),
  name: '门诊 "A" & <B>',
};
const origin = Date.UTC(2025, 0, 6, 8, 0);

describe('event log export', () => {
  const log = simulate(doc, { record: { firstCases: 2 } }).recording!.log;

  it('records one row per step done, only for the chosen cases', () => {
    expect(log.map((r) => `${r.caseNo}:${r.node}`)).toEqual(['1:reg', '1:pay', '2:reg', '2:pay']);
  });

  it('writes CSV with a header, timestamps from the origin and minutes', () => {
    const lines = eventLogCsv(doc, log, { origin }).trimEnd().split('\r\n');
    expect(lines[0]).toBe('case,case_type,step_id,step,lane,arrived,started,finished,arrived_min,started_min,finished_min,waiting_min');
    expect(lines[2]).toBe('1,,pay,pay,cash,2025-01-06T08:04:00.000Z,2025-01-06T08:04:00.000Z,2025-01-06T08:06:00.000Z,4,4,6,0');
    expect(lines).toHaveLength(5);
  });

  it('writes XES: a trace per case with start and complete events, XML escaped', () => {
    const xes = eventLogXes(doc, log, { origin });
    expect(xes).toContain('<log xes.version="1.0"');
    expect(xes).toContain('value="门诊 &quot;A&quot; &amp; &lt;B&gt;"');
    expect(xes.match(/<trace>/g)).toHaveLength(2);
    expect(xes.match(/<event>/g)).toHaveLength(8);
    expect(xes).toContain('<string key="lifecycle:transition" value="complete"/><date key="time:timestamp" value="2025-01-06T08:16:00.000Z"/>');
  });
});
