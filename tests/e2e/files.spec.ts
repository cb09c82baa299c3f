// Files: exporting one process or the whole library, importing by picker or drop into a fresh
// browser profile, refusing invalid files without changing anything, and ids already present.
import { expect, test, type Browser } from '@playwright/test';
import type { ProcessDocument } from '../../src/model';
import { EditorPage } from './pages/EditorPage';
import { downloadedText, fixture, LibraryPage } from './pages/LibraryPage';
import { processDoc } from './support/docs';

/** A library in a new browser profile: nothing stored yet. */
async function freshLibrary(browser: Browser) {
  const context = await browser.newContext();
  const library = new LibraryPage(await context.newPage());
  await library.goto();
  await expect(library.page.locator('.fl-empty-library')).toBeVisible();
  return { library, close: () => context.close() };
}

const docsById = (all: Record<string, { doc: ProcessDocument }>) => Object.fromEntries(Object.entries(all).map(([id, { doc }]) => [id, doc]));

test('a process exported from the editor imports into a fresh profile as the same process', async ({ page, browser }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.seed(fixture('clinic'));
  await page.goto('/#/p/p_clinic');
  const editor = new EditorPage(page);
  await editor.waitForEditor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('门诊接待.flowlane.json');
  const text = await downloadedText(download);
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: 'flowlane', fileVersion: 1, schemaVersion: 1, appVersion: expect.any(String) });
  expect(file.processes).toEqual([await library.stored('p_clinic')]);

  // The library card exports the same bytes.
  await library.goto();
  const [fromCard] = await Promise.all([page.waitForEvent('download'), library.cardButton('门诊接待', 'Export')]);
  expect(await downloadedText(fromCard)).toBe(text);

  const fresh = await freshLibrary(browser);
  await fresh.library.importFile(download.suggestedFilename(), text);
  await expect(fresh.library.notice()).toContainText('Imported 1 process.');
  await expect(fresh.library.card('门诊接待')).toBeVisible();
  expect(await fresh.library.stored('p_clinic')).toEqual(await library.stored('p_clinic'));
  await fresh.close();
});

test('the whole library, exported and dropped onto the window of a fresh profile, gives the same processes', async ({ page, browser }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const small = processDoc([['l_a', '前台']], [{ id: 'n_a', kind: 'task', lane: 'l_a', x: 40, label: '接待' }], []);
  await library.seed(fixture('clinic'), { ...small, id: 'p_small', name: '前台接待' }, { ...small, id: 'p_old', name: '旧流程' });
  await library.cardButton('旧流程', 'Delete'); // the trash is not exported
  await expect(library.cards()).toHaveCount(2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^flowlane-library-\d{4}-\d{2}-\d{2}\.flowlane\.json$/);
  const text = await downloadedText(download);
  expect(JSON.parse(text).processes.map((p: ProcessDocument) => p.id).sort()).toEqual(['p_clinic', 'p_small']);

  const fresh = await freshLibrary(browser);
  await fresh.library.dropFile(download.suggestedFilename(), text);
  await expect(fresh.library.notice()).toContainText('Imported 2 processes.');
  await expect(fresh.library.cards()).toHaveCount(2);
  const exported = docsById(await library.everything());
  delete exported.p_old;
  expect(docsById(await fresh.library.everything())).toEqual(exported);
  await fresh.close();
});

test('an invalid file is refused with messages naming each problem, and nothing stored changes', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.seed(fixture('clinic'));
  const before = await library.database();

  const clinic = fixture('clinic');
  const badColour = { ...clinic, id: 'p_colour', lanes: clinic.lanes.map((l, i) => (i === 0 ? { ...l, color: 'blue' } : l)) };
  const dangling = { ...clinic, id: 'p_dangling', edges: [...clinic.edges, { ...clinic.edges[0]!, id: 'e_x', target: 'n_gone' }] };
  const libraryFile = (docs: unknown[]) => JSON.stringify({ format: 'flowlane', fileVersion: 1, appVersion: '0.1.0', schemaVersion: 1, processes: docs });
  const cases: [file: string, text: string, messages: string[]][] = [
    ['notes.flowlane.json', 'these are my notes {', ['The file: is not a Flowlane file (it is not readable JSON).']],
    ['colour.flowlane.json', JSON.stringify(badColour), ['Lane 1 “导诊”, field “color”: is not in the expected format.']],
    ['dangling.flowlane.json', JSON.stringify(dangling), ['points to a step that does not exist (“n_gone”).']],
    // One bad process refuses the whole file.
    ['two.flowlane.json', libraryFile([{ ...clinic, id: 'p_fine' }, { ...dangling, name: '坏的' }]), ['Process 2 “坏的”', '“n_gone”']],
    ['newer.flowlane.json', JSON.stringify({ format: 'flowlane', fileVersion: 9, processes: [] }), ['was made by a newer version of Flowlane']],
  ];
  for (const [file, text, messages] of cases) {
    await library.importFile(file, text);
    const dialog = page.getByRole('dialog', { name: 'This file cannot be imported' });
    await expect(dialog).toContainText(`“${file}” was not imported because of these problems:`);
    for (const message of messages) await expect(dialog).toContainText(message);
    await expect(dialog).toContainText('Nothing in your library was changed.');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toHaveCount(0);
    expect(await library.database()).toEqual(before);
  }
  await expect(library.names()).toHaveText(['门诊接待']);
});

test('a process already in the library is imported as a copy, or replaces it after keeping the old one', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.seed(fixture('clinic'));
  const old = await library.stored('p_clinic');
  const clinic = fixture('clinic');
  const updated: ProcessDocument = { ...clinic, name: '门诊接待 v2', nodes: clinic.nodes.map((n) => (n.id === 'n_reg' ? { ...n, label: '挂号' } : n)) };
  const text = JSON.stringify(updated);
  const dialog = page.getByRole('dialog', { name: 'Some processes are already in your library' });

  // Cancel changes nothing.
  const before = await library.database();
  await library.importFile('v2.flowlane.json', text);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await library.database()).toEqual(before);

  // Keep both (the default): a copy with a new id.
  await library.importFile('v2.flowlane.json', text);
  await expect(dialog.getByRole('radio', { name: 'Keep both (import as a copy)' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import 1 process' }).click();
  await expect(library.card('门诊接待 v2 (imported)')).toBeVisible();
  const copyId = await library.card('门诊接待 v2 (imported)').getAttribute('data-process-id');
  expect(copyId).not.toBe('p_clinic');
  expect(await library.stored(copyId!)).toEqual({ ...updated, id: copyId, name: '门诊接待 v2 (imported)' });
  expect(await library.stored('p_clinic')).toEqual(old);

  // Replace: the stored process becomes the file's, and the old one is kept in its history.
  await library.importFile('v2.flowlane.json', text);
  await dialog.getByRole('radio', { name: 'Replace the one in the library' }).check();
  await dialog.getByRole('button', { name: 'Import 1 process' }).click();
  await expect(library.notice()).toContainText('Imported 1 process.');
  await expect(library.card('门诊接待 v2')).toBeVisible();
  expect(await library.stored('p_clinic')).toEqual(updated);
  const kept = (await library.snapshots('p_clinic')).find((s) => s.kind === 'beforeReplace');
  expect(kept).toBeTruthy();
  expect(await library.snapshotDocument(kept!.id)).toEqual(old);

  await page.getByRole('link', { name: 'Open 门诊接待 v2', exact: true }).click();
  await new EditorPage(page).waitForEditor();
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByTestId('history-list')).toContainText('Before an import replaced it');
});
