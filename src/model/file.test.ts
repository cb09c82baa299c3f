import { describe, expect, it } from 'vitest';
import { applyCommand } from './commands';
import { fileNameFor, parseFile, serializeFile } from './file';
import { previewOf } from './preview';
import { clinicDoc, DocBuilder } from './testDocs';

describe('.flowlane.json files', () => {
  it('round-trips processes byte for byte', () => {
    const docs = [clinicDoc(), applyCommand(clinicDoc(), 'renameProcess', { name: '复诊' })];
    const text = serializeFile(docs, '0.1.0');
    const read = parseFile(text);
    expect(read).toEqual({ ok: true, value: docs });
    expect(serializeFile(read.ok ? read.value : [], '0.1.0')).toBe(text);
  });

  it('writes the same bytes for equal documents built in a different key order', () => {
    const doc = clinicDoc();
    const shuffled = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(doc).reverse())));
    expect(serializeFile([shuffled], '1')).toBe(serializeFile([doc], '1'));
  });

  it('records format, file, schema and app versions', () => {
    const file = JSON.parse(serializeFile([clinicDoc()], '0.1.0'));
    expect(file).toMatchObject({ format: 'flowlane', fileVersion: 1, schemaVersion: 1, appVersion: '0.1.0' });
  });

  it('accepts a bare process document', () => {
    expect(parseFile(JSON.stringify(clinicDoc()))).toEqual({ ok: true, value: [clinicDoc()] });
  });

  it('refuses the whole file when any process is broken, naming which one', () => {
    const good = clinicDoc();
    const bad = { ...clinicDoc(), name: '坏流程', lanes: 'oops' };
    const read = parseFile(JSON.stringify({ format: 'flowlane', fileVersion: 1, processes: [good, bad] }));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatchObject([{ processNumber: 2, processName: '坏流程', issues: [{ code: 'wrongType', field: 'lanes' }] }]);
  });

  it('refuses text that is not JSON, an empty library and newer file versions', () => {
    expect(parseFile('<html>')).toMatchObject({ ok: false, error: [{ issues: [{ code: 'notJson' }] }] });
    expect(parseFile('{"format":"flowlane","fileVersion":1,"processes":[]}')).toMatchObject({ ok: false, error: [{ issues: [{ code: 'notADocument' }] }] });
    expect(parseFile('{"format":"flowlane","fileVersion":7,"processes":[]}')).toMatchObject({ ok: false, error: [{ issues: [{ code: 'newerVersion' }] }] });
  });

  it('names files after the process, keeping Chinese', () => {
    expect(fileNameFor('初诊接待/流程: v2')).toBe('初诊接待 流程 v2.flowlane.json');
    expect(fileNameFor('  ')).toBe('process.flowlane.json');
  });
});

describe('previewOf', () => {
  it('summarises lanes and nodes in canvas coordinates', () => {
    const p = previewOf(clinicDoc());
    expect(p.lanes).toHaveLength(3);
    expect(p.nodes).toHaveLength(6);
    expect(p.nodes.find((n) => n.kind === 'end')).toMatchObject({ x: 920, y: 360 });
    expect(p.height).toBe(480);
  });

  it('samples big processes down to the node limit', () => {
    const b = new DocBuilder().lane('a');
    for (let i = 0; i < 50; i++) b.node(`n${i}`, 'task', 'a', i * 200);
    expect(previewOf(b.doc, 10).nodes).toHaveLength(10);
  });
});
