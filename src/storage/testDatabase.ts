// Databases for tests (on fake-indexeddb), optionally refusing writes like a full disk does.
import Dexie from 'dexie';
import { openDatabase, type FlowlaneDatabase } from './db';

let counter = 0;

export function openTestDatabase(options: { name?: string; failWrites?: () => boolean } = {}): FlowlaneDatabase {
  const db = openDatabase(options.name ?? `flowlane-test-${++counter}-${Math.random().toString(36).slice(2)}`);
  const fail = options.failWrites;
  if (fail) {
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (table) => {
          const t = down.table(table);
          return { ...t, mutate: (req) => (fail() ? Promise.reject(new DOMException('disk full', 'QuotaExceededError')) : t.mutate(req)) };
        },
      }),
    });
  }
  return db;
}

export async function deleteTestDatabase(db: Dexie) {
  db.close();
  await Dexie.delete(db.name);
}
