import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../invariants';
import { clinicDoc } from '../testDocs';
import { ModelError } from './internal';
import { connect, connectRefusal, reconnectEdge, setEdgeHandoff, setEdgeLabel, setEdgeProbability } from './edges';
import { deleteElements } from './deleteElements';

describe('edge commands', () => {
  it('connects two nodes with an empty label, no probability and no hand-off', () => {
    const doc = connect(clinicDoc(), { id: 'e6', source: 'n_first', target: 'n_pay', label: '复诊' });
    expect(doc.edges.at(-1)).toEqual({ id: 'e6', source: 'n_first', target: 'n_pay', label: '复诊', probability: null, handoff: null });
  });

  it('refuses self loops, duplicates, edges out of an end or into a start', () => {
    const doc = clinicDoc();
    expect(connectRefusal(doc, 'n_reg', 'n_reg')).toBe('selfLoop');
    expect(connectRefusal(doc, 'n_start', 'n_reg')).toBe('duplicate');
    expect(connectRefusal(doc, 'n_end', 'n_reg')).toBe('fromEnd');
    expect(connectRefusal(doc, 'n_reg', 'n_start')).toBe('intoStart');
    expect(connectRefusal(doc, 'n_pay', 'n_reg')).toBeNull();
    expect(connect(doc, { id: 'x', source: 'n_reg', target: 'n_reg' })).toBe(doc);
    expect(() => connect(doc, { id: 'x', source: 'n_reg', target: 'missing' })).toThrow(ModelError);
  });

  it('reconnects an edge end and drops its stored route', () => {
    let doc = clinicDoc();
    doc = { ...doc, diagram: { ...doc.diagram, edgeRoutes: { e3: [{ x: 0, y: 0 }] } } };
    const next = reconnectEdge(doc, { id: 'e3', source: 'n_first', target: 'n_pay' });
    expect(next.edges.find((e) => e.id === 'e3')).toMatchObject({ source: 'n_first', target: 'n_pay' });
    expect(next.diagram.edgeRoutes).toEqual({});
    expect(reconnectEdge(doc, { id: 'e3', source: 'n_reg', target: 'n_first' })).toBe(doc); // would duplicate e2
  });

  it('sets label, probability and hand-off', () => {
    let doc = setEdgeLabel(clinicDoc(), { id: 'e3', label: '初诊' });
    doc = setEdgeProbability(doc, { id: 'e3', probability: 0.6 });
    doc = setEdgeHandoff(doc, { id: 'e3', handoff: { what: '就诊卡', how: 'inPerson', note: '' } });
    expect(doc.edges.find((e) => e.id === 'e3')).toMatchObject({
      label: '初诊',
      probability: 0.6,
      handoff: { what: '就诊卡', how: 'inPerson' },
    });
    expect(() => setEdgeProbability(doc, { id: 'e3', probability: 1.2 })).toThrow(ModelError);
    expect(() => setEdgeProbability(doc, { id: 'e3', probability: Number.NaN })).toThrow(ModelError);
    expect(setEdgeHandoff(doc, { id: 'e3', handoff: null }).edges.find((e) => e.id === 'e3')?.handoff).toBeNull();
  });

  it('deleting a node deletes every edge touching it, and nothing else', () => {
    const doc = deleteElements(clinicDoc(), { nodeIds: ['n_first'], edgeIds: ['e5'] });
    expect(doc.nodes.map((n) => n.id)).not.toContain('n_first');
    expect(doc.edges.map((e) => e.id)).toEqual(['e1', 'e4']);
    expect(doc.diagram.nodes).not.toHaveProperty('n_first');
    expect(invariantViolations(doc)).toEqual([]);
    expect(deleteElements(doc, { nodeIds: ['gone'], edgeIds: [] })).toBe(doc);
  });
});
