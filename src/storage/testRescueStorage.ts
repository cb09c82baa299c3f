// An in-memory stand-in for localStorage in tests, optionally refusing writes like a full one.
import type { RescueStorage } from './rescueCopies';

export function memoryRescueStorage(options: { full?: () => boolean } = {}): RescueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (options.full?.()) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, String(value));
    },
    removeItem: (key) => void items.delete(key),
  };
}
