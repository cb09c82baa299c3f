import { describe, expect, it } from 'vitest';
import { clinicDoc } from '../model/testDocs';
import { createDocumentStore } from './documentStore';

describe('document store history', () => {
  it('makes one undo step per command and none for no-ops', () => {
    const store = createDocumentStore(clinicDoc());
    const { execute } = store.getState();
    expect(execute('renameLane', { id: 'l_guide', name: '前台' })).toBe(true);
    expect(execute('renameLane', { id: 'l_guide', name: '前台' })).toBe(false);
    expect(execute('setNodeLabel', { id: 'n_reg', label: '挂号' })).toBe(true);
    expect(store.temporal.getState().pastStates).toHaveLength(2);

    store.temporal.getState().undo();
    expect(store.getState().doc.nodes.find((n) => n.id === 'n_reg')?.label).toBe('登记');
    expect(store.getState().doc.lanes[0]?.name).toBe('前台');
    store.temporal.getState().undo();
    expect(store.getState().doc).toEqual(clinicDoc());
    store.temporal.getState().redo();
    store.temporal.getState().redo();
    expect(store.getState().doc.nodes.find((n) => n.id === 'n_reg')?.label).toBe('挂号');
    expect(store.getState().lastCommand).toBe('setNodeLabel');
  });

  it('a new command after undo drops the redo future', () => {
    const store = createDocumentStore(clinicDoc());
    store.getState().execute('renameProcess', { name: 'A' });
    store.temporal.getState().undo();
    store.getState().execute('renameProcess', { name: 'B' });
    expect(store.temporal.getState().futureStates).toHaveLength(0);
    expect(store.getState().doc.name).toBe('B');
  });

  it('reports a refused command instead of throwing, and changes nothing', () => {
    const refused: string[] = [];
    const store = createDocumentStore(clinicDoc(), { onRefused: (e) => refused.push(e.message) });
    expect(store.getState().execute('setLaneStaff', { id: 'l_guide', staff: -2 })).toBe(false);
    expect(refused).toHaveLength(1);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('refuses every command while the document is read-only', () => {
    let editable = false;
    const store = createDocumentStore(clinicDoc(), { canEdit: () => editable });
    expect(store.getState().execute('renameProcess', { name: 'A' })).toBe(false);
    editable = true;
    expect(store.getState().execute('renameProcess', { name: 'A' })).toBe(true);
  });

  it('load replaces the document and forgets history', () => {
    const store = createDocumentStore(clinicDoc());
    store.getState().execute('renameProcess', { name: 'A' });
    store.getState().load(clinicDoc());
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().doc.name).toBe('测试流程');
  });
});
