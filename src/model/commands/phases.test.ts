import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASE_SIZE, LANE_PADDING } from '../defaults';
import { phaseColumns } from '../geometry';
import { invariantViolations } from '../invariants';
import { DocBuilder } from '../testDocs';
import { addPhase, deletePhase, movePhase, renamePhase, resizePhase } from './phases';
import { placeNodes, setNodePhase } from './nodes';

/** Two phases 售前 | 售后, one task in each. */
const phased = () =>
  new DocBuilder()
    .lane('a', '客服')
    .run('addPhase', { id: 'pre', name: '售前' })
    .run('addPhase', { id: 'post', name: '售后' })
    .node('t1', 'task', 'a', 100, '预约')
    .node('t2', 'task', 'a', DEFAULT_PHASE_SIZE + 100, '回访').doc;

const phaseOf = (doc: ReturnType<typeof phased>, id: string) => doc.nodes.find((n) => n.id === id)?.phaseId;

describe('phase commands', () => {
  it('puts new nodes into the phase column under their centre', () => {
    const doc = phased();
    expect(phaseOf(doc, 't1')).toBe('pre');
    expect(phaseOf(doc, 't2')).toBe('post');
    expect(invariantViolations(doc)).toEqual([]);
  });

  it('moves a node between phases by dragging and by choosing', () => {
    const dragged = placeNodes(phased(), { moves: [{ id: 't1', x: DEFAULT_PHASE_SIZE + 300, y: 30 }] });
    expect(phaseOf(dragged, 't1')).toBe('post');
    const chosen = setNodePhase(phased(), { id: 't1', phaseId: 'post' });
    expect(phaseOf(chosen, 't1')).toBe('post');
    expect(chosen.diagram.nodes.t1?.x).toBe(DEFAULT_PHASE_SIZE + LANE_PADDING);
    expect(invariantViolations(chosen)).toEqual([]);
    expect(phaseOf(setNodePhase(phased(), { id: 't1', phaseId: null }), 't1')).toBeNull();
  });

  it('reorders phases and their nodes move with their column', () => {
    const doc = movePhase(phased(), { id: 'post', toIndex: 0 });
    expect(doc.phases.map((p) => p.id)).toEqual(['post', 'pre']);
    expect(doc.diagram.nodes.t2?.x).toBe(100);
    expect(doc.diagram.nodes.t1?.x).toBe(DEFAULT_PHASE_SIZE + 100);
    expect(invariantViolations(doc)).toEqual([]);
  });

  it('resizes a phase, shifting later columns, but not below its content', () => {
    const doc = resizePhase(phased(), { id: 'pre', size: DEFAULT_PHASE_SIZE + 100 });
    expect(doc.diagram.nodes.t2?.x).toBe(DEFAULT_PHASE_SIZE + 200);
    const shrunk = resizePhase(phased(), { id: 'pre', size: 130 });
    const g = shrunk.diagram.nodes.t1!;
    expect(shrunk.diagram.phaseSizes.pre).toBeGreaterThanOrEqual(g.x + g.w);
    expect(invariantViolations(shrunk)).toEqual([]);
  });

  it('grows a phase when a node is dropped sticking out of it', () => {
    const doc = placeNodes(phased(), { moves: [{ id: 't1', x: DEFAULT_PHASE_SIZE - 100, y: 30 }] });
    expect(phaseOf(doc, 't1')).toBe('pre');
    expect(doc.diagram.phaseSizes.pre).toBeGreaterThan(DEFAULT_PHASE_SIZE);
    expect(invariantViolations(doc)).toEqual([]);
  });

  it('deletes a phase: its nodes belong to none, later columns close the gap', () => {
    const doc = deletePhase(phased(), { id: 'pre' });
    expect(doc.phases.map((p) => p.id)).toEqual(['post']);
    expect(phaseOf(doc, 't1')).toBeNull();
    expect(phaseColumns(doc)[0]).toEqual({ id: 'post', start: 0, size: DEFAULT_PHASE_SIZE });
    expect(doc.diagram.nodes.t2?.x).toBe(100);
    expect(invariantViolations(doc)).toEqual([]);
  });

  it('renames and inserts phases', () => {
    const doc = addPhase(renamePhase(phased(), { id: 'pre', name: '前期准备' }), { id: 'mid', name: '实施', index: 1 });
    expect(doc.phases.map((p) => p.name)).toEqual(['前期准备', '实施', '售后']);
    expect(doc.diagram.nodes.t2?.x).toBe(2 * DEFAULT_PHASE_SIZE + 100);
    expect(invariantViolations(doc)).toEqual([]);
  });
});
