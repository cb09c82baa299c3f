import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse';
import { DEFAULT_SIMULATION, simulationOf } from '../simulationInputs';
import { clinicDoc } from '../testDocs';
import { applyCommand } from './index';
import { ModelError } from './internal';

describe('simulation settings commands', () => {
  it('starts from the defaults and changes only what is given', () => {
    const doc = clinicDoc();
    expect(simulationOf(doc)).toEqual(DEFAULT_SIMULATION);
    const next = applyCommand(doc, 'setSimulationSettings', { replications: 10, run: { kind: 'period', length: 5, unit: 'day' } });
    expect(simulationOf(next)).toEqual({ ...DEFAULT_SIMULATION, replications: 10, run: { kind: 'period', length: 5, unit: 'day' } });
    expect(applyCommand(next, 'setSimulationSettings', { replications: 10 })).toBe(next);
    expect(() => applyCommand(doc, 'setSimulationSettings', { replications: 0 })).toThrow(ModelError);
    expect(() => applyCommand(doc, 'setSimulationSettings', { seed: -1 })).toThrow(ModelError);
  });

  it('adds, edits and deletes case types; deleting one forgets it on decision branches', () => {
    let doc = clinicDoc();
    doc = applyCommand(doc, 'addCaseType', { id: 'ct_first', name: '初诊', share: 0.6 });
    doc = applyCommand(doc, 'addCaseType', { id: 'ct_again', name: '复诊', share: 0.4 });
    doc = applyCommand(doc, 'updateCaseType', { id: 'ct_again', share: 0.3 });
    doc = applyCommand(doc, 'setBranchCaseTypes', { id: 'e3', caseTypes: ['ct_first', 'ct_first'] });
    expect(doc.edges.find((e) => e.id === 'e3')?.caseTypes).toEqual(['ct_first']);
    expect(simulationOf(doc).caseTypes.map((c) => [c.name, c.share])).toEqual([['初诊', 0.6], ['复诊', 0.3]]);
    expect(() => applyCommand(doc, 'addCaseType', { id: 'ct_first', name: 'x', share: 0 })).toThrow(ModelError);
    const deleted = applyCommand(doc, 'deleteCaseType', { id: 'ct_first' });
    expect(deleted.edges.find((e) => e.id === 'e3')?.caseTypes).toEqual([]);
    expect(parseDocument(JSON.parse(JSON.stringify(deleted)))).toEqual({ ok: true, value: deleted });
  });

  it('adds, edits and deletes scenarios', () => {
    let doc = applyCommand(clinicDoc(), 'addScenario', { id: 'sc1', name: '+1 咨询医生' });
    doc = applyCommand(doc, 'updateScenario', { id: 'sc1', changes: [{ kind: 'staff', laneId: 'l_doctor', delta: 1 }, { kind: 'demand', factor: 1.2 }] });
    expect(simulationOf(doc).scenarios).toEqual([{ id: 'sc1', name: '+1 咨询医生', changes: [{ kind: 'staff', laneId: 'l_doctor', delta: 1 }, { kind: 'demand', factor: 1.2 }] }]);
    expect(parseDocument(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, value: doc });
    expect(() => applyCommand(doc, 'updateScenario', { id: 'sc1', changes: [{ kind: 'demand', factor: -1 }] })).toThrow(ModelError);
    expect(simulationOf(applyCommand(doc, 'deleteScenario', { id: 'sc1' })).scenarios).toEqual([]);
  });
});
