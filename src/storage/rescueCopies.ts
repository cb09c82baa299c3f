// Rescue copies: the unsaved state of an open process, written synchronously to localStorage
// when the page is hidden or closed. IndexedDB writes started while a page dies may never finish;
// a synchronous localStorage write does. The copy is moved into the database the next time the
// process is opened or the library is shown (state/rescue.ts), then removed.

/** What is kept: the process, the stored revision its edits started from, and the document. */
export type RescueCopy = { processId: string; baseRevision: number; savedAt: number; doc: unknown };

/** The part of the Web Storage API used here (localStorage in the browser, a map in tests). */
export type RescueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'flowlane-rescue:';

/** The browser's localStorage, or null where it is missing or refused (some privacy modes). */
export function browserRescueStorage(): RescueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Keeps a copy; answers false if the browser refused it (full, or storage disabled). */
export function writeRescueCopy(store: RescueStorage, copy: RescueCopy): boolean {
  try {
    store.setItem(PREFIX + copy.processId, JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

/** The copy kept for a process; null when there is none or it cannot be read. */
export function readRescueCopy(store: RescueStorage, processId: string): RescueCopy | null {
  try {
    const text = store.getItem(PREFIX + processId);
    if (text === null) return null;
    const copy = JSON.parse(text) as Partial<RescueCopy> | null;
    const valid =
      !!copy &&
      copy.processId === processId &&
      typeof copy.baseRevision === 'number' &&
      typeof copy.savedAt === 'number' &&
      copy.doc !== undefined;
    return valid ? (copy as RescueCopy) : null;
  } catch {
    return null;
  }
}

export function removeRescueCopy(store: RescueStorage, processId: string): void {
  try {
    store.removeItem(PREFIX + processId);
  } catch {
    // Nothing to do: the copy is recovered again later and found to be stored already.
  }
}

/** Ids of the processes that have a rescue copy. */
export function rescuedProcessIds(store: RescueStorage): string[] {
  const ids: string[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
    }
  } catch {
    return [];
  }
  return ids;
}
