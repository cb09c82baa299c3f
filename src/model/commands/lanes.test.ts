import { describe, expect, it } from 'vitest';
import { DEFAULT_LANE_SIZE, LANE_COLORS, MIN_LANE_SIZE } from '../defaults';
import { invariantViolations } from '../invariants';
import { clinicDoc, DocBuilder } from '../testDocs';
import { addLane, deleteLane, moveLane, renameLane, resizeLane, setLaneColor, setLaneStaff } from './lanes';
import { ModelError } from './internal';

describe('lane commands', () => {
  it('adds lanes in order with a default size and cycling colours', () => {
    const doc = new DocBuilder().lane('a', '导诊').lane('b', '收银').doc;
    expect(doc.lanes.map((l) => l.name)).toEqual(['导诊', '收银']);
    expect(doc.lanes.map((l) => l.color)).toEqual([LANE_COLORS[0], LANE_COLORS[1]]);
    expect(doc.diagram.laneSizes).toEqual({ a: DEFAULT_LANE_SIZE, b: DEFAULT_LANE_SIZE });
  });

  it('inserts a lane at an index and refuses a used id', () => {
    const doc = new DocBuilder().lane('a').lane('b').doc;
    expect(addLane(doc, { id: 'c', name: 'C', index: 1 }).lanes.map((l) => l.id)).toEqual(['a', 'c', 'b']);
    expect(() => addLane(doc, { id: 'a', name: 'again' })).toThrow(ModelError);
  });

  it('renames, recolours and sets staff, returning the same document for no-ops', () => {
    const doc = clinicDoc();
    const renamed = renameLane(doc, { id: 'l_guide', name: '前台' });
    expect(renamed.lanes[0]?.name).toBe('前台');
    expect(renameLane(doc, { id: 'l_guide', name: '导诊' })).toBe(doc);
    expect(setLaneColor(doc, { id: 'l_cash', color: '#ffffff' }).lanes[2]?.color).toBe('#ffffff');
    expect(setLaneStaff(doc, { id: 'l_cash', staff: 4 }).lanes[2]?.staff).toBe(4);
    expect(setLaneStaff(doc, { id: 'l_cash', staff: 1 })).toBe(doc);
    expect(() => setLaneStaff(doc, { id: 'l_cash', staff: 1.5 })).toThrow(ModelError);
    expect(() => setLaneStaff(doc, { id: 'l_cash', staff: -1 })).toThrow(ModelError);
    expect(() => renameLane(doc, { id: 'nope', name: 'x' })).toThrow(ModelError);
  });

  it('reorders lanes; nodes keep their lane and place within it', () => {
    const doc = clinicDoc();
    const moved = moveLane(doc, { id: 'l_cash', toIndex: 0 });
    expect(moved.lanes.map((l) => l.id)).toEqual(['l_cash', 'l_guide', 'l_doctor']);
    expect(moved.nodes).toBe(doc.nodes);
    expect(moved.diagram.nodes).toBe(doc.diagram.nodes);
    expect(moveLane(doc, { id: 'l_guide', toIndex: 0 })).toBe(doc);
    expect(moveLane(doc, { id: 'l_guide', toIndex: 99 }).lanes.at(-1)?.id).toBe('l_guide');
  });

  it('resizes a lane but never below what its nodes need', () => {
    const doc = clinicDoc();
    expect(resizeLane(doc, { id: 'l_doctor', size: 300 }).diagram.laneSizes.l_doctor).toBe(300);
    const shrunk = resizeLane(doc, { id: 'l_doctor', size: 10 });
    const g = doc.diagram.nodes.n_consult!;
    expect(shrunk.diagram.laneSizes.l_doctor).toBeGreaterThanOrEqual(g.y + g.h);
    expect(invariantViolations(shrunk)).toEqual([]);
    const empty = new DocBuilder().lane('x').doc;
    expect(resizeLane(empty, { id: 'x', size: 1 }).diagram.laneSizes.x).toBe(MIN_LANE_SIZE);
  });

  it('deletes a lane and its nodes with their edges', () => {
    const doc = deleteLane(clinicDoc(), { id: 'l_doctor', moveNodesTo: null });
    expect(doc.lanes.map((l) => l.id)).toEqual(['l_guide', 'l_cash']);
    expect(doc.nodes.some((n) => n.id === 'n_consult')).toBe(false);
    expect(doc.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e5']);
    expect(doc.diagram.laneSizes).not.toHaveProperty('l_doctor');
    expect(invariantViolations(doc)).toEqual([]);
  });

  it('deletes a lane moving its nodes below the target lane content, without overlap', () => {
    const doc = deleteLane(clinicDoc(), { id: 'l_doctor', moveNodesTo: 'l_cash' });
    const consult = doc.nodes.find((n) => n.id === 'n_consult');
    expect(consult?.laneId).toBe('l_cash');
    expect(doc.edges).toHaveLength(5);
    const moved = doc.diagram.nodes.n_consult!;
    const pay = doc.diagram.nodes.n_pay!;
    expect(moved.y).toBeGreaterThanOrEqual(pay.y + pay.h);
    expect(invariantViolations(doc)).toEqual([]);
  });

  it('refuses to move nodes into the lane being deleted', () => {
    expect(() => deleteLane(clinicDoc(), { id: 'l_cash', moveNodesTo: 'l_cash' })).toThrow(ModelError);
  });
});
