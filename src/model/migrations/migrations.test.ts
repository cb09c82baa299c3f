import { describe, expect, it } from 'vitest';
import { migrateDocument, MIGRATIONS, type Migration } from './index';

describe('migrateDocument', () => {
  it('leaves a current document alone', () => {
    const raw = { schemaVersion: 1, name: '流程' };
    expect(migrateDocument(raw)).toEqual({ ok: true, value: raw });
  });

  it('keeps the released migration list ordered and gap-free', () => {
    MIGRATIONS.forEach((m, i) => expect(m.from).toBe(i + 1));
  });

  it('runs every step in order up to the target version', () => {
    const steps: Migration[] = [
      { from: 1, up: (d) => ({ ...d, owner: '' }) },
      { from: 2, up: ({ title, ...d }) => ({ ...d, name: title }) },
    ];
    const result = migrateDocument({ schemaVersion: 1, title: '复诊' }, steps, 3);
    expect(result).toEqual({ ok: true, value: { schemaVersion: 3, owner: '', name: '复诊' } });
  });

  it('refuses a version it has no path from, a newer version and a missing version', () => {
    expect(migrateDocument({ schemaVersion: 1 }, [], 2)).toMatchObject({ ok: false, error: [{ code: 'notADocument' }] });
    expect(migrateDocument({ schemaVersion: 3 }, [], 2)).toMatchObject({ ok: false, error: [{ code: 'newerVersion' }] });
    expect(migrateDocument({ schemaVersion: '1' })).toMatchObject({ ok: false, error: [{ code: 'notADocument' }] });
  });
});
