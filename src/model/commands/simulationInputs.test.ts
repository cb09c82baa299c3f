import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../invariants';
import { parseDocument } from '../parse';
import { arrivalPerHour, convertArrival } from '../simulationInputs';
import { clinicDoc, DocBuilder } from '../testDocs';
import type { ProcessDocument } from '../types';
import { applyCommand } from './index';
import { ModelError } from './internal';

const roundTrips = (doc: ProcessDocument) => expect(parseDocument(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, value: doc });

describe('simulation input commands', () => {
  it('sets arrivals, people, costs, hours and hand-off delays, and the result still parses', () => {
    let doc = clinicDoc();
    doc = applyCommand(doc, 'setStartArrival', { id: 'n_start', arrival: { kind: 'profile', perHour: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 12 : 0)) } });
    doc = applyCommand(doc, 'setTaskPeople', { id: 'n_consult', people: 2 });
    doc = applyCommand(doc, 'setTaskFixedCost', { id: 'n_pay', fixedCost: 3.5 });
    doc = applyCommand(doc, 'setLaneHours', { id: 'l_doctor', hours: { open: '08:30', close: '17:30' } });
    doc = applyCommand(doc, 'setLaneCost', { id: 'l_doctor', costPerHour: 120 });
    doc = applyCommand(doc, 'setHandoffDelay', { id: 'e3', delay: { unit: 'minute', dist: { kind: 'uniform', min: 1, max: 3 } } });
    expect(doc.nodes.find((n) => n.id === 'n_consult')).toMatchObject({ people: 2 });
    expect(doc.lanes[1]).toMatchObject({ hours: { open: '08:30', close: '17:30' }, costPerHour: 120 });
    expect(invariantViolations(doc)).toEqual([]);
    roundTrips(doc);
  });

  it('returns the same document when nothing changes (no undo step)', () => {
    const doc = clinicDoc();
    expect(applyCommand(doc, 'setTaskPeople', { id: 'n_reg', people: 1 })).toBe(doc);
    expect(applyCommand(doc, 'setTaskFixedCost', { id: 'n_reg', fixedCost: 0 })).toBe(doc);
    expect(applyCommand(doc, 'setLaneHours', { id: 'l_cash', hours: null })).toBe(doc);
    expect(applyCommand(doc, 'setLaneCost', { id: 'l_cash', costPerHour: 0 })).toBe(doc);
    expect(applyCommand(doc, 'setHandoffDelay', { id: 'e3', delay: null })).toBe(doc);
    const withArrival = applyCommand(doc, 'setStartArrival', { id: 'n_start', arrival: { kind: 'poisson', perHour: 9 } });
    expect(applyCommand(withArrival, 'setStartArrival', { id: 'n_start', arrival: { kind: 'poisson', perHour: 9 } })).toBe(withArrival);
  });

  it('refuses values the document schema would refuse, and fields on the wrong kind of element', () => {
    const doc = clinicDoc();
    expect(() => applyCommand(doc, 'setTaskPeople', { id: 'n_reg', people: 1.5 })).toThrow(ModelError);
    expect(() => applyCommand(doc, 'setTaskPeople', { id: 'n_first', people: 1 })).toThrow(ModelError);
    expect(() => applyCommand(doc, 'setStartArrival', { id: 'n_reg', arrival: { kind: 'poisson', perHour: 1 } })).toThrow(ModelError);
    expect(() => applyCommand(doc, 'setStartArrival', { id: 'n_start', arrival: { kind: 'profile', perHour: [1, 2] } })).toThrow(ModelError);
    expect(() => applyCommand(doc, 'setLaneHours', { id: 'l_cash', hours: { open: '18:00', close: '09:00' } })).toThrow(ModelError);
    expect(() => applyCommand(doc, 'setLaneHours', { id: 'l_cash', hours: { open: '9:00', close: '18:00' } })).toThrow(ModelError);
    expect(() => applyCommand(doc, 'setLaneCost', { id: 'l_cash', costPerHour: -1 })).toThrow(ModelError);
    expect(() => applyCommand(doc, 'setBranchCaseTypes', { id: 'e3', caseTypes: ['nope'] })).toThrow(ModelError);
  });

  it('reports a bad simulation field by element and field when a file is loaded', () => {
    const raw = JSON.parse(JSON.stringify(new DocBuilder(clinicDoc()).run('setLaneCost', { id: 'l_cash', costPerHour: 10 }).doc));
    raw.lanes[2].costPerHour = -5;
    const result = parseDocument(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]).toMatchObject({ code: 'tooSmall', elementName: '收银', field: 'costPerHour' });
  });
});

describe('arrival conversions', () => {
  it('keeps about the same number of cases when the kind changes', () => {
    const poisson = { kind: 'poisson' as const, perHour: 6 };
    expect(convertArrival(poisson, 'interval')).toEqual({ kind: 'interval', every: 10, unit: 'minute' });
    const profile = convertArrival(poisson, 'profile');
    expect(arrivalPerHour(profile)).toBeCloseTo(6, 6);
    expect(convertArrival(profile, 'poisson')).toEqual(poisson);
    expect(arrivalPerHour({ kind: 'interval', every: 1, unit: 'day' })).toBeCloseTo(1 / 24, 9);
  });
});
