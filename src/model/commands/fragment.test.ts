import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../invariants';
import { clinicDoc, DocBuilder } from '../testDocs';
import { extractFragment, fragmentIds, pasteFragment } from './fragment';
import { appendNode } from './appendNode';
import { ModelError } from './internal';

const fresh = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, `${id}_copy`]));

describe('copy and paste', () => {
  it('copies nodes with the edges between them only', () => {
    const f = extractFragment(clinicDoc(), ['n_reg', 'n_first', 'n_pay']);
    expect(f.nodes.map((n) => n.id)).toEqual(['n_reg', 'n_first', 'n_pay']);
    expect(f.edges.map((e) => e.id)).toEqual(['e2']);
    expect(f.lanes.map((l) => l.id)).toEqual(['l_guide', 'l_cash']);
  });

  it('pastes with fresh ids, shifted, keeping labels and content', () => {
    const doc = clinicDoc();
    const f = extractFragment(doc, ['n_reg', 'n_first']);
    const next = pasteFragment(doc, { fragment: f, idMap: fresh(fragmentIds(f)), offset: { x: 30, y: 30 } });
    expect(next.nodes).toHaveLength(doc.nodes.length + 2);
    expect(next.nodes.find((n) => n.id === 'n_reg_copy')).toMatchObject({ label: '登记', laneId: 'l_guide' });
    expect(next.edges.at(-1)).toMatchObject({ id: 'e2_copy', source: 'n_reg_copy', target: 'n_first_copy' });
    expect(next.diagram.nodes.n_reg_copy).toMatchObject({ x: doc.diagram.nodes.n_reg!.x + 30, y: doc.diagram.nodes.n_reg!.y + 30 });
    expect(invariantViolations(next)).toEqual([]);
  });

  it('pastes into another process, landing in the lanes under the nodes', () => {
    const f = extractFragment(clinicDoc(), ['n_consult', 'n_pay']);
    const target = new DocBuilder().lane('x', '维修').doc;
    const next = pasteFragment(target, { fragment: f, idMap: fresh(fragmentIds(f)), offset: { x: 0, y: 0 } });
    expect(next.nodes.every((n) => n.laneId === 'x')).toBe(true);
    expect(invariantViolations(next)).toEqual([]);
    const noLanes = new DocBuilder().doc;
    expect(() => pasteFragment(noLanes, { fragment: f, idMap: fresh(fragmentIds(f)), offset: { x: 0, y: 0 } })).toThrow(ModelError);
  });

  it('appends a connected node after another, in free space, as one change', () => {
    let doc = clinicDoc();
    doc = appendNode(doc, { fromId: 'n_reg', id: 'a1', edgeId: 'ea1', kind: 'task', label: '测体温' });
    doc = appendNode(doc, { fromId: 'n_reg', id: 'a2', edgeId: 'ea2', kind: 'task', label: '测血压' });
    const reg = doc.diagram.nodes.n_reg!;
    const [a1, a2] = [doc.diagram.nodes.a1!, doc.diagram.nodes.a2!];
    expect(a1.x).toBeGreaterThan(reg.x + reg.w);
    expect(a2.y).toBeGreaterThanOrEqual(a1.y + a1.h);
    expect(doc.edges.slice(-2).map((e) => [e.source, e.target])).toEqual([['n_reg', 'a1'], ['n_reg', 'a2']]);
    expect(invariantViolations(doc)).toEqual([]);
  });
});
