// Page object for the library (#/) and its trash (#/trash): cards by name, and reads and writes of
// the stored processes through the e2e test hook's repository.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ProcessDocument } from '../../../src/model';
import type { ProcessSummary, SnapshotSummary } from '../../../src/storage';
import './EditorPage'; // declares window.__flowlane

export class LibraryPage {
  constructor(readonly page: Page) {}

  /** Opens the library (or its trash) and waits until its list has been read from storage. */
  async goto(options: { query?: string; trash?: boolean } = {}) {
    await this.page.goto(`/${options.query ?? ''}#/${options.trash ? 'trash' : ''}`);
    await this.waitForList();
  }

  /** Waits until the library shows its cards or says that it is empty. */
  async waitForList() {
    await expect(this.page.locator('.fl-library')).toBeVisible();
    await expect(this.page.locator('[data-testid="process-card"], .fl-empty-library').first()).toBeVisible();
  }

  cards(): Locator {
    return this.page.getByTestId('process-card');
  }

  /** A card by the exact name it shows. */
  card(name: string): Locator {
    return this.cards().filter({ has: this.page.locator('.fl-card-name', { hasText: new RegExp(`^${escape(name)}$`) }) });
  }

  cardById(id: string): Locator {
    return this.page.locator(`[data-testid="process-card"][data-process-id="${id}"]`);
  }

  /** The names on the cards, in the order shown. */
  names(): Locator {
    return this.cards().locator('.fl-card-name');
  }

  search(): Locator {
    return this.page.locator('input.fl-search');
  }

  /** Stores processes directly; each is edited later than the one before, so "last edited" is unambiguous. */
  async seed(...docs: ProcessDocument[]) {
    for (const doc of docs) {
      const summary = await this.page.evaluate((d) => window.__flowlane.repo.createProcess(d), doc);
      await this.page.waitForFunction((t) => Date.now() > t, summary.updatedAt);
    }
  }

  /** The stored document of a process (throws when it is missing or damaged). */
  async stored(id: string): Promise<ProcessDocument> {
    const loaded = await this.page.evaluate((i) => window.__flowlane.repo.loadProcess(i), id);
    if (!loaded.ok) throw new Error(`process ${id} is not stored (${loaded.reason})`);
    return loaded.doc;
  }

  async exists(id: string): Promise<boolean> {
    return this.page.evaluate(async (i) => (await window.__flowlane.repo.existingIds([i])).length > 0, id);
  }

  summaries(trash = false): Promise<ProcessSummary[]> {
    return this.page.evaluate((t) => window.__flowlane.repo.listProcesses({ trash: t }), trash);
  }

  /** Every stored process (library and trash), by id, with its summary and document. */
  async everything(): Promise<Record<string, { summary: ProcessSummary; doc: ProcessDocument }>> {
    return this.page.evaluate(async () => {
      const repo = window.__flowlane.repo;
      const all = [...(await repo.listProcesses({ trash: false })), ...(await repo.listProcesses({ trash: true }))];
      const entries = await Promise.all(
        all.map(async (summary) => {
          const loaded = await repo.loadProcess(summary.id);
          return [summary.id, { summary, doc: loaded.ok ? loaded.doc : null }] as const;
        }),
      );
      return Object.fromEntries(entries);
    }) as Promise<Record<string, { summary: ProcessSummary; doc: ProcessDocument }>>;
  }

  snapshots(processId: string): Promise<SnapshotSummary[]> {
    return this.page.evaluate((id) => window.__flowlane.repo.listSnapshots(id), processId);
  }

  async snapshotDocument(snapshotId: number): Promise<ProcessDocument> {
    const loaded = await this.page.evaluate((id) => window.__flowlane.repo.getSnapshotDocument(id), snapshotId);
    if (!loaded.ok) throw new Error(`snapshot ${snapshotId} cannot be read`);
    return loaded.doc;
  }

  /** Imports files through the hidden input behind the "Import" button. */
  async importFile(name: string, text: string) {
    await this.page.getByTestId('import-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }

  /** Drags a file over the window (the drop overlay shows) and drops it. */
  async dropFile(name: string, text: string) {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'application/json' }));
        return transfer;
      },
      { name, text },
    );
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer });
    await expect(this.page.locator('.fl-drop-overlay')).toBeVisible();
    await this.page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect(this.page.locator('.fl-drop-overlay')).toHaveCount(0);
  }

  /** Clicks one of a card's buttons (Rename, Duplicate, Export, Delete, Restore …). */
  async cardButton(name: string, button: string) {
    await this.card(name).getByRole('button', { name: button, exact: true }).click();
  }

  /** The notice at the bottom of the screen. */
  notice(): Locator {
    return this.page.getByTestId('notice');
  }

  /**
   * Every record of every table in the app's IndexedDB database, read directly rather than through
   * the app. Call it only once the app has opened the database (e.g. after `goto`).
   */
  database(): Promise<Record<string, unknown[]>> {
    return this.page.evaluate(
      () =>
        new Promise<Record<string, unknown[]>>((resolve, reject) => {
          const open = indexedDB.open('flowlane');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const tables: Record<string, unknown[]> = {};
            const tx = db.transaction(names, 'readonly');
            for (const name of names) {
              const all = tx.objectStore(name).getAll();
              all.onsuccess = () => (tables[name] = all.result);
            }
            tx.oncomplete = () => {
              db.close();
              resolve(tables);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  }
}

/** A fixture document from tests/fixtures, with the id and name a test wants. */
export function fixture(name: string, overrides: Partial<ProcessDocument> = {}): ProcessDocument {
  const path = new URL(`../../fixtures/${name}.json`, import.meta.url);
  return { ...(JSON.parse(readFileSync(path, 'utf8')) as ProcessDocument), ...overrides };
}

/** The text of a finished download. */
export async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
