import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_KINDS, type ProcessDocument } from './types';
import { parseDocument, parseDocumentText } from './parse';
import { clinicDoc } from './testDocs';

/** A JSON copy of the clinic document, edited by `edit` the way a hand-edited file might be. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests corrupt raw JSON freely
function broken(edit: (raw: any) => void): unknown {
  const raw = JSON.parse(JSON.stringify(clinicDoc()));
  edit(raw);
  return raw;
}

function issuesOf(raw: unknown) {
  const result = parseDocument(raw);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.error;
}

describe('parseDocument', () => {
  it('accepts a valid document unchanged', () => {
    const doc = clinicDoc();
    const result = parseDocument(JSON.parse(JSON.stringify(doc)));
    expect(result).toEqual({ ok: true, value: doc });
  });

  it('accepts every duration distribution and drops unknown fields', () => {
    const params = { value: 1, min: 1, mode: 2, max: 3, mean: 2, sd: 1 };
    for (const kind of DISTRIBUTION_KINDS) {
      const raw = broken((d) => {
        d.nodes[1].duration.dist = { kind, ...params };
        d.extra = 'ignored';
      });
      const result = parseDocument(raw);
      expect(result.ok, kind).toBe(true);
      if (result.ok) expect(result.value).not.toHaveProperty('extra');
    }
  });

  it('says when the text is not JSON or not a document', () => {
    expect(parseDocumentText('{ nope')).toMatchObject({ ok: false, error: [{ code: 'notJson' }] });
    expect(issuesOf([1, 2])).toMatchObject([{ code: 'notADocument', element: null }]);
    expect(issuesOf({ hello: 'world' })).toMatchObject([{ code: 'notADocument', field: 'schemaVersion' }]);
  });

  it('refuses documents from a newer version of the app', () => {
    expect(issuesOf(broken((d) => (d.schemaVersion = 99)))).toEqual([
      expect.objectContaining({ code: 'newerVersion', params: { version: 99, supported: 1 } }),
    ]);
  });

  it('names the step and field of a wrong value', () => {
    const issues = issuesOf(broken((d) => (d.nodes[1].duration.dist = { kind: 'uniform', min: 9, max: 3 })));
    expect(issues).toEqual([
      {
        code: 'rangeOrder',
        element: { kind: 'node', id: 'n_reg' },
        elementName: '登记',
        elementNumber: 2,
        field: 'duration.dist.max',
        params: {},
      },
    ]);
  });

  it('reports missing fields, wrong types, limits and unknown options', () => {
    const issues = issuesOf(
      broken((d) => {
        delete d.lanes[0].name;
        d.lanes[1].staff = 2.5;
        d.lanes[2].color = 'red';
        d.nodes[0].kind = 'meeting';
        d.nodes[3].duration.dist = { kind: 'fixed', value: -1 };
        d.edges[2].probability = 1.5;
        d.edges[3].handoff = { what: '病历', how: 'pigeon', note: '' };
        d.diagram.nodes.n_pay.w = 0;
        d.name = 42;
      }),
    );
    const summary = issues.map((i) => [i.code, i.element?.kind, i.elementName, i.field]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['missingField', 'lane', '', 'name'],
        ['notInteger', 'lane', '咨询医生', 'staff'],
        ['badFormat', 'lane', '收银', 'color'],
        ['notAllowed', 'node', '顾客到院', 'kind'],
        ['tooSmall', 'node', '咨询', 'duration.dist.value'],
        ['tooBig', 'edge', '是否初诊? → 咨询', 'probability'],
        ['notAllowed', 'edge', '咨询 → 收费', 'handoff.how'],
        ['mustExceed', 'node', '收费', 'geometry.w'],
        ['wrongType', 'process', '', 'name'],
      ]),
    );
    expect(issues).toHaveLength(9);
  });

  it('reports broken references and duplicate ids by element', () => {
    const issues = issuesOf(
      broken((d: ProcessDocument) => {
        d.nodes[1]!.laneId = 'l_gone';
        d.nodes[2]!.phaseId = 'ph_gone';
        d.edges[0]!.target = 'n_gone';
        d.edges[1]!.id = 'e1';
        delete d.diagram.nodes.n_end;
      }),
    );
    expect(issues.map((i) => [i.code, i.elementName, i.field, i.params])).toEqual([
      ['duplicateId', '登记 → 是否初诊?', 'id', { id: 'e1' }],
      ['unknownLane', '登记', 'laneId', { id: 'l_gone' }],
      ['unknownPhase', '是否初诊?', 'phaseId', { id: 'ph_gone' }],
      ['missingGeometry', '离院', '', {}],
      ['unknownNode', '顾客到院 → n_gone', 'target', { id: 'n_gone' }],
    ]);
  });
});
