import { describe, expect, it } from 'vitest';
import { applyCommand, LANE_HEADER_SIZE } from '../../model';
import { clinicDoc } from '../../model/testDocs';
import { EMPTY_PREVIEW, EMPTY_SELECTION } from '../../state';
import { LANE_PREFIX, Projection } from './projection';

const view = { selection: EMPTY_SELECTION, editing: null, preview: EMPTY_PREVIEW };

describe('Projection', () => {
  it('projects lanes as full-width bands behind the steps, stacked in order', () => {
    const nodes = new Projection().nodes(clinicDoc(), view);
    const lanes = nodes.filter((n) => n.type === 'lane');
    expect(lanes.map((n) => n.id)).toEqual(['l_guide', 'l_doctor', 'l_cash'].map((id) => LANE_PREFIX + id));
    expect(lanes.map((n) => n.position)).toEqual([
      { x: -LANE_HEADER_SIZE, y: 0 },
      { x: -LANE_HEADER_SIZE, y: 160 },
      { x: -LANE_HEADER_SIZE, y: 320 },
    ]);
    expect(nodes.find((n) => n.id === 'n_consult')?.position).toEqual({ x: 520, y: 200 });
  });

  it('rebuilds only the dragged node while a drag previews', () => {
    const doc = clinicDoc();
    const projection = new Projection();
    const before = projection.nodes(doc, view);
    const during = projection.nodes(doc, { ...view, preview: { ...EMPTY_PREVIEW, nodePositions: { n_reg: { x: 300, y: 30 } } } });
    const changed = during.filter((n, i) => n !== before[i]).map((n) => n.id);
    expect(changed).toEqual(['n_reg']);
    expect(during.find((n) => n.id === 'n_reg')?.position).toEqual({ x: 300, y: 30 });
  });

  it('reuses edges and steps after an unrelated edit, and marks the selection', () => {
    const doc = clinicDoc();
    const projection = new Projection();
    const edges = projection.edgeList(doc, view);
    const renamed = applyCommand(doc, 'setNodeLabel', { id: 'n_pay', label: '结账' });
    const next = projection.edgeList(renamed, { ...view, selection: { ...EMPTY_SELECTION, edges: ['e2'] } });
    expect(next.filter((e, i) => e !== edges[i]).map((e) => e.id)).toEqual(['e2']);
    expect(next[1]?.selected).toBe(true);
  });

  it('returns the very same edge array while a drag changes no edge', () => {
    const projection = new Projection();
    const doc = clinicDoc();
    const before = projection.edgeList(doc, view);
    const during = projection.edgeList(doc, { ...view, preview: { ...EMPTY_PREVIEW, nodePositions: { n_reg: { x: 150, y: 50 } } } });
    expect(during).toBe(before);
  });

  it('names the sides each edge uses, following a dragged node', () => {
    const projection = new Projection();
    const sides = (edges: ReturnType<Projection['edgeList']>) => edges.map((e) => `${e.sourceHandle}${e.targetHandle}`);
    expect(sides(projection.edgeList(clinicDoc(), view))).toEqual(['rl', 'rl', 'rl', 'rl', 'rl']);
    // 登记 dragged far to the right: the start now enters it from the right, 登记 leaves for the
    // decision by a U underneath (a back edge).
    const dragged = projection.edgeList(clinicDoc(), { ...view, preview: { ...EMPTY_PREVIEW, nodePositions: { n_reg: { x: 1200, y: 40 } } } });
    expect(sides(dragged).slice(0, 2)).toEqual(['rl', 'bb']);
  });

  it('flags edges that cross lanes, and restacks lanes during a resize preview', () => {
    const projection = new Projection();
    const edges = projection.edgeList(clinicDoc(), view);
    expect(edges.filter((e) => e.data?.crossesLanes).map((e) => e.id)).toEqual(['e3', 'e4']);
    const nodes = projection.nodes(clinicDoc(), { ...view, preview: { ...EMPTY_PREVIEW, laneSize: { id: 'l_guide', size: 300 } } });
    expect(nodes.find((n) => n.id === LANE_PREFIX + 'l_doctor')?.position.y).toBe(300);
    expect(nodes.find((n) => n.id === 'n_consult')?.position.y).toBe(340);
  });
});
