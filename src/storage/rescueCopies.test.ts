import { describe, expect, it } from 'vitest';
import { clinicDoc } from '../model/testDocs';
import { readRescueCopy, removeRescueCopy, rescuedProcessIds, writeRescueCopy } from './rescueCopies';
import { memoryRescueStorage } from './testRescueStorage';

const copy = (processId: string) => ({ processId, baseRevision: 3, savedAt: 1000, doc: { ...clinicDoc(), id: processId } });

describe('rescue copies', () => {
  it('are written, listed, read back and removed per process', () => {
    const store = memoryRescueStorage();
    store.setItem('unrelated', 'x');
    expect(writeRescueCopy(store, copy('p_a'))).toBe(true);
    expect(writeRescueCopy(store, copy('p_b'))).toBe(true);
    expect(rescuedProcessIds(store).sort()).toEqual(['p_a', 'p_b']);
    expect(readRescueCopy(store, 'p_a')).toEqual(copy('p_a'));
    removeRescueCopy(store, 'p_a');
    expect(readRescueCopy(store, 'p_a')).toBeNull();
    expect(rescuedProcessIds(store)).toEqual(['p_b']);
  });

  it('answers false instead of throwing when the storage is full', () => {
    const store = memoryRescueStorage({ full: () => true });
    expect(writeRescueCopy(store, copy('p_a'))).toBe(false);
    expect(rescuedProcessIds(store)).toEqual([]);
  });

  it('reads a damaged or foreign entry as no copy', () => {
    const store = memoryRescueStorage();
    store.setItem('flowlane-rescue:p_a', '{not json');
    store.setItem('flowlane-rescue:p_b', JSON.stringify({ ...copy('p_other') }));
    store.setItem('flowlane-rescue:p_c', JSON.stringify({ processId: 'p_c', doc: {} }));
    expect(['p_a', 'p_b', 'p_c'].map((id) => readRescueCopy(store, id))).toEqual([null, null, null]);
  });
});
