// The browser's storage facilities that are not the database: the quota estimate, persistent
// storage, and a per-process edit lock so that two tabs never edit the same process at once.

export type StorageEstimate = { usage: number; quota: number };

export async function estimateStorage(): Promise<StorageEstimate | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { usage, quota };
}

/** Asks the browser not to evict our data under pressure; answers whether it agreed. */
export async function requestPersistence(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  if (await navigator.storage.persisted?.()) return true;
  return navigator.storage.persist();
}

export type EditLock = { release: () => void };

const lockName = (processId: string) => `flowlane-edit:${processId}`;

/**
 * Takes the edit lock of a process if no other tab holds it (Web Locks, released when the tab
 * closes or crashes). Returns null when another tab has it. Where Web Locks are missing the lock
 * always succeeds and the revision check on save is the only guard.
 */
export function acquireEditLock(processId: string): Promise<EditLock | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return Promise.resolve({ release: () => {} });
  return new Promise((resolve) => {
    void locks.request(lockName(processId), { ifAvailable: true }, (lock) => {
      if (!lock) {
        resolve(null);
        return undefined;
      }
      return new Promise<void>((release) => resolve({ release: () => release() }));
    });
  });
}

/** Resolves with the lock once the other tab lets go of it (or never, if this tab is closed). */
export function waitForEditLock(processId: string, signal: AbortSignal): Promise<EditLock> {
  const locks = navigator.locks;
  return new Promise((resolve, reject) => {
    locks
      .request(lockName(processId), { signal }, () => new Promise<void>((release) => resolve({ release: () => release() })))
      .catch(reject);
  });
}
