import { describe, expect, it } from 'vitest';
import { LANE_PADDING, NODE_SIZES } from '../defaults';
import { laneBands, nodeScreenRect } from '../geometry';
import { invariantViolations } from '../invariants';
import { clinicDoc, DocBuilder } from '../testDocs';
import type { TaskNode } from '../types';
import { ModelError } from './internal';
import {
  addNode,
  moveNodeToLane,
  placeNodes,
  setNodeDuration,
  setNodeLabel,
  setNodeNotes,
  setTaskItems,
  setTimeStandard,
} from './nodes';

const task = (doc: ReturnType<typeof clinicDoc>, id: string) => doc.nodes.find((n) => n.id === id) as TaskNode;

describe('node commands', () => {
  it('adds a node of each kind with defaults, in its lane', () => {
    let doc = new DocBuilder().lane('a').doc;
    for (const kind of Object.keys(NODE_SIZES) as (keyof typeof NODE_SIZES)[]) {
      doc = addNode(doc, { id: `n_${kind}`, kind, laneId: 'a', label: kind, at: { x: 10, y: 20 } });
      expect(doc.nodes.at(-1)).toMatchObject({ id: `n_${kind}`, kind, laneId: 'a', phaseId: null, notes: '' });
      expect(doc.diagram.nodes[`n_${kind}`]).toMatchObject(NODE_SIZES[kind]);
    }
    expect(task(doc, 'n_task')).toMatchObject({ needs: [], produces: [], timeStandard: null });
    expect(task(doc, 'n_task').duration.dist.kind).toBe('fixed');
    expect(invariantViolations(doc)).toEqual([]);
  });

  it('refuses a node in a missing lane or with a used id', () => {
    const doc = clinicDoc();
    expect(() => addNode(doc, { id: 'x', kind: 'task', laneId: 'nope', label: '', at: { x: 0, y: 0 } })).toThrow(ModelError);
    expect(() => addNode(doc, { id: 'n_reg', kind: 'task', laneId: 'l_guide', label: '', at: { x: 0, y: 0 } })).toThrow(ModelError);
  });

  it('grows the lane when a node is added below its edge', () => {
    const doc = new DocBuilder().lane('a').node('n', 'task', 'a', 0, 'x', 400).doc;
    expect(doc.diagram.laneSizes.a).toBe(400 + NODE_SIZES.task.h + LANE_PADDING);
  });

  it('places a dragged node into the lane under its centre (moving it between lanes)', () => {
    const doc = clinicDoc();
    const cash = laneBands(doc)[2]!;
    const moved = placeNodes(doc, { moves: [{ id: 'n_reg', x: 150, y: cash.start + 30 }] });
    expect(moved.nodes.find((n) => n.id === 'n_reg')?.laneId).toBe('l_cash');
    expect(moved.diagram.nodes.n_reg).toMatchObject({ x: 150, y: 30 });
    expect(nodeScreenRect(moved, 'n_reg')).toMatchObject({ x: 150, y: cash.start + 30 });
    expect(invariantViolations(moved)).toEqual([]);
  });

  it('moves several nodes at once and returns the same document when nothing moves', () => {
    const doc = clinicDoc();
    const same = placeNodes(doc, {
      moves: ['n_reg', 'n_pay'].map((id) => ({ id, ...nodeScreenRect(doc, id)! })),
    });
    expect(same).toBe(doc);
    const moved = placeNodes(doc, { moves: [{ id: 'n_reg', x: 200, y: 30 }, { id: 'n_pay', x: 800, y: 10 }] });
    expect(moved.diagram.nodes.n_reg?.x).toBe(200);
    expect(moved.nodes.find((n) => n.id === 'n_pay')?.laneId).toBe('l_guide');
    expect(moved.diagram.nodes.n_pay?.y).toBe(LANE_PADDING);
  });

  it('keeps dropped nodes out of negative space and drops stale routes', () => {
    let doc = clinicDoc();
    doc = { ...doc, diagram: { ...doc.diagram, edgeRoutes: { e1: [{ x: 1, y: 1 }], e5: [{ x: 2, y: 2 }] } } };
    const moved = placeNodes(doc, { moves: [{ id: 'n_reg', x: -50, y: -50 }] });
    expect(moved.diagram.nodes.n_reg).toMatchObject({ x: 0, y: LANE_PADDING });
    expect(moved.diagram.edgeRoutes).toEqual({ e5: [{ x: 2, y: 2 }] });
  });

  it('moves a node to another lane from the properties panel', () => {
    const doc = moveNodeToLane(clinicDoc(), { id: 'n_reg', laneId: 'l_doctor' });
    expect(doc.nodes.find((n) => n.id === 'n_reg')?.laneId).toBe('l_doctor');
    expect(moveNodeToLane(doc, { id: 'n_reg', laneId: 'l_doctor' })).toBe(doc);
    expect(invariantViolations(doc)).toEqual([]);
  });

  it('edits labels, notes, durations, time standards and items', () => {
    let doc = clinicDoc();
    doc = setNodeLabel(doc, { id: 'n_reg', label: '填写就诊卡' });
    doc = setNodeNotes(doc, { id: 'n_reg', notes: '“您好,请您填写我们的就诊卡”' });
    doc = setNodeDuration(doc, { id: 'n_reg', duration: { unit: 'minute', dist: { kind: 'triangular', min: 2, mode: 3, max: 6 } } });
    doc = setTimeStandard(doc, { id: 'n_reg', timeStandard: { kind: 'startWithin', limit: 1, unit: 'minute' } });
    doc = setTaskItems(doc, { id: 'n_reg', needs: [' 问询卡 ', '', '问询卡'], produces: ['就诊卡'] });
    expect(task(doc, 'n_reg')).toMatchObject({
      label: '填写就诊卡',
      notes: '“您好,请您填写我们的就诊卡”',
      duration: { unit: 'minute', dist: { kind: 'triangular', min: 2, mode: 3, max: 6 } },
      timeStandard: { kind: 'startWithin', limit: 1, unit: 'minute' },
      needs: ['问询卡'],
      produces: ['就诊卡'],
    });
    expect(setNodeLabel(doc, { id: 'n_reg', label: '填写就诊卡' })).toBe(doc);
  });

  it('refuses durations and items on kinds that have none', () => {
    const doc = clinicDoc();
    const duration = { unit: 'minute' as const, dist: { kind: 'fixed' as const, value: 1 } };
    expect(() => setNodeDuration(doc, { id: 'n_first', duration })).toThrow(ModelError);
    expect(() => setTimeStandard(doc, { id: 'n_start', timeStandard: null })).toThrow(ModelError);
    expect(() => setTaskItems(doc, { id: 'n_end', needs: [] })).toThrow(ModelError);
  });
});
