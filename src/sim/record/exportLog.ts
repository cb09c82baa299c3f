// The event log of a run as CSV and as XES (IEEE 1849), the formats process-mining tools
// (ProM, Disco, Celonis, PM4Py) read. Simulation minutes become timestamps from `origin`.
import type { ProcessDocument } from '../../model';
import type { LogRow } from './recording';

export type LogExportOptions = {
  /** The moment simulated minute 0 stands for, in ms since 1970 (UTC). */
  origin: number;
};

const MS_PER_MINUTE = 60_000;
const iso = (origin: number, minutes: number) => new Date(origin + Math.round(minutes * MS_PER_MINUTE)).toISOString();
const minutes = (m: number) => String(Math.round(m * 1000) / 1000);

function namesOf(doc: ProcessDocument) {
  const step = new Map(doc.nodes.map((n) => [n.id, n.label]));
  const lane = new Map(doc.lanes.map((l) => [l.id, l.name]));
  const caseType = new Map((doc.simulation?.caseTypes ?? []).map((c) => [c.id, c.name]));
  return { step: (id: string) => step.get(id) ?? id, lane: (id: string) => lane.get(id) ?? id, caseType: (id: string) => caseType.get(id) ?? id };
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** One row per step done: case, case type, step, lane, times (ISO and minutes), waiting minutes. */
export function eventLogCsv(doc: ProcessDocument, log: LogRow[], options: LogExportOptions): string {
  const names = namesOf(doc);
  const header = ['case', 'case_type', 'step_id', 'step', 'lane', 'arrived', 'started', 'finished', 'arrived_min', 'started_min', 'finished_min', 'waiting_min'];
  const lines = log.map((r) =>
    [
      String(r.caseNo),
      names.caseType(r.caseType),
      r.node,
      names.step(r.node),
      names.lane(r.lane),
      iso(options.origin, r.arrived),
      iso(options.origin, r.started),
      iso(options.origin, r.finished),
      minutes(r.arrived),
      minutes(r.started),
      minutes(r.finished),
      minutes(r.waiting),
    ]
      .map(csvField)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

const xml = (value: string) => value.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
const attr = (type: 'string' | 'date', key: string, value: string) => `<${type} key="${key}" value="${xml(value)}"/>`;

/** A trace per case, with a start and a complete event for each step done. */
export function eventLogXes(doc: ProcessDocument, log: LogRow[], options: LogExportOptions): string {
  const names = namesOf(doc);
  const traces = new Map<number, LogRow[]>();
  for (const row of log) (traces.get(row.caseNo) ?? traces.set(row.caseNo, []).get(row.caseNo)!).push(row);
  const event = (r: LogRow, transition: 'start' | 'complete', at: number) =>
    `<event>${attr('string', 'concept:name', names.step(r.node))}${attr('string', 'org:group', names.lane(r.lane))}${attr('string', 'lifecycle:transition', transition)}${attr('date', 'time:timestamp', iso(options.origin, at))}</event>`;
  const body = [...traces].map(([caseNo, rows]) => {
    const events = rows.flatMap((r) => [{ at: r.started, text: event(r, 'start', r.started) }, { at: r.finished, text: event(r, 'complete', r.finished) }]);
    events.sort((a, b) => a.at - b.at);
    const type = rows[0]!.caseType ? attr('string', 'case:type', names.caseType(rows[0]!.caseType)) : '';
    return `  <trace>${attr('string', 'concept:name', String(caseNo))}${type}\n    ${events.map((e) => e.text).join('\n    ')}\n  </trace>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<log xes.version="1.0" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">',
    '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>',
    '  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>',
    '  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>',
    '  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>',
    '  <classifier name="Activity" keys="concept:name lifecycle:transition"/>',
    `  ${attr('string', 'concept:name', doc.name)}`,
    ...body,
    '</log>',
    '',
  ].join('\n');
}
