import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../invariants';
import { clinicDoc } from '../testDocs';
import { renameProcess, setOrientation, setProcessDescription } from './process';

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
