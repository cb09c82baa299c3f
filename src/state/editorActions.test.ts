import { describe, expect, it } from 'vitest';
import { invariantViolations, laneBands, nodeScreenRect } from '../model';
import { clinicDoc } from '../model/testDocs';
import { createEditor } from './editor';
import * as actions from './editorActions';
import { select } from './viewStore';

const setup = () => {
  const editor = createEditor(clinicDoc());
  const doc = () => editor.document.getState().doc;
  const history = () => editor.document.temporal.getState().pastStates.length;
  return { editor, doc, history };
};

describe('editor actions', () => {
  it('palette click appends a connected node after the selected one and opens its label', () => {
    const { editor, doc, history } = setup();
    select(editor.view, { nodes: ['n_reg'] });
    const id = actions.addNodeFromPalette(editor, 'task', '测体温', '泳道 1')!;
    expect(doc().edges.at(-1)).toMatchObject({ source: 'n_reg', target: id });
    expect(doc().nodes.find((n) => n.id === id)?.laneId).toBe('l_guide');
    expect(editor.view.getState()).toMatchObject({ selection: { nodes: [id] }, editing: { kind: 'node', id } });
    expect(history()).toBe(1);
  });

  it('palette click with a lane selected adds into that lane, unconnected; no lanes creates one', () => {
    const { editor, doc } = setup();
    select(editor.view, { lane: 'l_cash' });
    const id = actions.addNodeFromPalette(editor, 'wait', '等待', '泳道 1')!;
    expect(doc().nodes.find((n) => n.id === id)?.laneId).toBe('l_cash');
    expect(doc().edges.some((e) => e.target === id)).toBe(false);

    const empty = createEditor({ ...clinicDoc(), lanes: [], nodes: [], edges: [], diagram: { ...clinicDoc().diagram, nodes: {}, laneSizes: {} } });
    actions.addNodeFromPalette(empty, 'start', '开始', '泳道 1');
    expect(empty.document.getState().doc.lanes.map((l) => l.name)).toEqual(['泳道 1']);
    expect(empty.document.getState().doc.nodes).toHaveLength(1);
  });

  it('a start is never appended after another node, and nothing follows an end', () => {
    const { editor, doc } = setup();
    select(editor.view, { nodes: ['n_end'] });
    const id = actions.addNodeFromPalette(editor, 'task', 'x', 'L');
    expect(doc().edges.some((e) => e.source === 'n_end' || e.target === id)).toBe(false);
  });

  it('drops a palette node into the lane under the pointer', () => {
    const { editor, doc } = setup();
    const doctor = laneBands(doc())[1]!;
    const id = actions.dropNode(editor, 'task', '开单', { x: 600, y: doctor.start + 80 }, 'L')!;
    expect(doc().nodes.find((n) => n.id === id)?.laneId).toBe('l_doctor');
    expect(invariantViolations(doc())).toEqual([]);
  });

  it('connect explains a refused connection instead of drawing it', () => {
    const { editor, doc } = setup();
    actions.connectNodes(editor, 'n_reg', 'n_reg');
    expect(editor.view.getState().notice).toMatchObject({ key: 'notice.connect.selfLoop', tone: 'error' });
    actions.connectNodes(editor, 'n_pay', 'n_reg');
    expect(doc().edges.at(-1)).toMatchObject({ source: 'n_pay', target: 'n_reg' });
    expect(editor.view.getState().selection.edges).toEqual([doc().edges.at(-1)!.id]);
  });

  it('copy, paste twice and duplicate make offset copies with fresh ids, one undo step each', () => {
    const { editor, doc, history } = setup();
    select(editor.view, { nodes: ['n_reg', 'n_first'] });
    actions.copySelection(editor);
    actions.paste(editor);
    actions.paste(editor);
    expect(doc().nodes).toHaveLength(10);
    expect(doc().edges).toHaveLength(7);
    const copies = doc().nodes.filter((n) => n.label === '登记');
    const x = copies.map((n) => nodeScreenRect(doc(), n.id)!.x);
    expect(new Set(copies.map((n) => n.id)).size).toBe(3);
    expect(x[1]! - x[0]!).toBe(30);
    expect(x[2]! - x[0]!).toBe(60);
    expect(editor.view.getState().selection.nodes).toHaveLength(2);
    actions.duplicateSelection(editor);
    expect(doc().nodes).toHaveLength(12);
    expect(history()).toBe(3);
    expect(invariantViolations(doc())).toEqual([]);
  });

  it('cut removes the selection and paste brings it back', () => {
    const { editor, doc } = setup();
    select(editor.view, { nodes: ['n_pay'] });
    actions.cutSelection(editor);
    expect(doc().nodes.some((n) => n.label === '收费')).toBe(false);
    actions.paste(editor);
    expect(doc().nodes.filter((n) => n.label === '收费')).toHaveLength(1);
  });

  it('delete: nodes and edges at once; an empty lane directly; a lane with steps asks first', () => {
    const { editor, doc, history } = setup();
    select(editor.view, { nodes: ['n_first'], edges: ['e5'] });
    actions.deleteSelection(editor);
    expect(doc().edges.map((e) => e.id)).toEqual(['e1', 'e4']);
    expect(history()).toBe(1);
    expect(editor.view.getState().selection).toMatchObject({ nodes: [], edges: [] });

    select(editor.view, { lane: 'l_doctor' });
    actions.deleteSelection(editor);
    expect(editor.view.getState().dialog).toEqual({ kind: 'deleteLane', laneId: 'l_doctor' });
    expect(doc().lanes).toHaveLength(3);

    editor.document.getState().execute('deleteElements', { nodeIds: ['n_consult'], edgeIds: [] });
    actions.deleteSelection(editor);
    expect(doc().lanes.map((l) => l.id)).toEqual(['l_guide', 'l_cash']);
  });

  it('nudges the selection; crossing the lane edge moves a node to the next lane', () => {
    const { editor, doc } = setup();
    select(editor.view, { nodes: ['n_reg'] });
    const before = nodeScreenRect(doc(), 'n_reg')!;
    actions.nudgeSelection(editor, 10, 0);
    expect(nodeScreenRect(doc(), 'n_reg')!.x).toBe(before.x + 10);
    actions.nudgeSelection(editor, 0, 100);
    expect(doc().nodes.find((n) => n.id === 'n_reg')?.laneId).toBe('l_doctor');
  });

  it('undo drops deleted elements from the selection and stops in-place editing', () => {
    const { editor } = setup();
    select(editor.view, { nodes: ['n_reg'] });
    const id = actions.addNodeFromPalette(editor, 'task', 'x', 'L')!;
    expect(editor.view.getState().editing).toEqual({ kind: 'node', id });
    actions.undo(editor);
    expect(editor.view.getState()).toMatchObject({ selection: { nodes: [] }, editing: null });
    actions.redo(editor);
    expect(editor.document.getState().doc.nodes.some((n) => n.id === id)).toBe(true);
  });

  it('changes nothing while read-only, not even through undo', () => {
    const { editor, doc, history } = setup();
    editor.document.getState().execute('renameProcess', { name: '改过' });
    editor.view.setState({ readOnly: true });
    select(editor.view, { nodes: ['n_reg'] });
    expect(actions.addNodeFromPalette(editor, 'task', 'x', 'L')).toBeNull();
    actions.deleteSelection(editor);
    actions.nudgeSelection(editor, 10, 0);
    actions.undo(editor);
    expect(doc().name).toBe('改过');
    expect(doc().nodes).toHaveLength(6);
    expect(history()).toBe(1);
  });

  it('select all selects every node and edge', () => {
    const { editor } = setup();
    actions.selectAll(editor);
    expect(editor.view.getState().selection.nodes).toHaveLength(6);
    expect(editor.view.getState().selection.edges).toHaveLength(5);
  });
});
