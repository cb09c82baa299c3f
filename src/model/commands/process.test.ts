import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../invariants';
import { clinicDoc } from '../testDocs';
import { ModelError } from './internal';
import { renameProcess, restoreVersion, setOrientation, setProcessDescription } from './process';

describe('process commands', () => {
  it('renames and describes the process', () => {
    const doc = setProcessDescription(renameProcess(clinicDoc(), { name: '初诊接待' }), { description: '导诊到收银' });
    expect(doc).toMatchObject({ name: '初诊接待', description: '导诊到收银' });
    expect(renameProcess(doc, { name: '初诊接待' })).toBe(doc);
  });

  it('switches to vertical lanes keeping every node inside its lane', () => {
    const doc = setOrientation(clinicDoc(), { orientation: 'vertical' });
    expect(doc.diagram.orientation).toBe('vertical');
    expect(invariantViolations(doc)).toEqual([]);
    expect(setOrientation(doc, { orientation: 'vertical' })).toBe(doc);
  });
});

describe('restoreVersion', () => {
  it('puts an earlier version of the same process back', () => {
    const old = clinicDoc();
    const now = renameProcess(old, { name: '新' });
    expect(restoreVersion(now, { version: old })).toBe(old);
    expect(() => restoreVersion(now, { version: { ...old, id: 'other' } })).toThrow(ModelError);
  });
});
