// Several tabs on one library: changes show up everywhere, a process is edited in one tab at a
// time, and a save that would overwrite a change made elsewhere is refused.
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { fixture, LibraryPage } from './pages/LibraryPage';

test('a change saved in one tab shows in the library of another', async ({ page, context }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.seed(fixture('clinic'), fixture('clinic', { id: 'p_other', name: '复诊' }));
  await library.page.reload();
  await library.waitForList();

  const other = await context.newPage();
  await other.goto('/#/p/p_clinic');
  const editor = new EditorPage(other);
  await editor.waitForEditor();
  const name = other.getByRole('textbox', { name: 'Process name' });
  await name.fill('初诊接待');
  await name.press('Enter');
  await editor.node('咨询').click();
  await other.keyboard.press('Delete');
  await editor.waitUntilSaved();

  await expect(library.card('初诊接待')).toBeVisible();
  await expect(library.card('初诊接待')).toContainText('5 steps');
  await expect(library.card('门诊接待')).toHaveCount(0);

  // Creating and deleting elsewhere show up too.
  await other.goto('/#/');
  const otherLibrary = new LibraryPage(other);
  await otherLibrary.waitForList();
  await otherLibrary.cardButton('复诊', 'Delete');
  await expect(library.card('复诊')).toHaveCount(0);
  await other.getByRole('link', { name: 'New process', exact: true }).click();
  await editor.waitForEditor();
  await expect(library.card('New process')).toBeVisible();
});

test('a process open in another tab opens read-only with a warning, and becomes editable when that tab closes', async ({ page, context }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.seed(fixture('clinic'));
  await page.goto('/#/p/p_clinic');
  const first = new EditorPage(page);
  await first.waitForEditor();

  const tab = await context.newPage();
  await tab.goto('/#/p/p_clinic');
  const second = new EditorPage(tab);
  await second.waitForEditor();
  const banner = tab.getByTestId('session-banner');
  await expect(banner).toHaveAttribute('data-reason', 'otherTab');
  await expect(banner).toContainText('open for editing in another tab or window, so it is read-only here');
  await expect(second.saveStatus()).toHaveText('Read-only');
  await expect(tab.getByRole('textbox', { name: 'Process name' })).toHaveAttribute('readonly', '');

  // Nothing the second tab tries changes the process.
  const stored = await library.stored('p_clinic');
  await second.node('登记').click();
  await tab.keyboard.press('Delete');
  await tab.keyboard.press('F2');
  await expect(tab.locator('.fl-inline-editor')).toHaveCount(0);
  await expect(second.node('登记')).toBeVisible();
  expect(await second.doc()).toEqual(stored);

  // The first tab edits and saves as usual.
  await first.node('登记').click();
  await page.keyboard.press('F2');
  await first.typeLabel('挂号');
  await first.waitUntilSaved();
  expect((await library.stored('p_clinic')).nodes.find((n) => n.id === 'n_reg')?.label).toBe('挂号');

  // Once the first tab closes, the second reopens the stored version for editing by itself.
  await page.close();
  await expect(banner).toHaveCount(0);
  await expect(second.node('挂号')).toBeVisible();
  await expect(second.saveStatus()).toHaveAttribute('data-status', 'saved');
  await second.node('挂号').click();
  await tab.keyboard.press('Delete');
  await second.waitUntilSaved();
  expect((await new LibraryPage(tab).stored('p_clinic')).nodes.map((n) => n.id)).not.toContain('n_reg');
});

test('a save that would overwrite a change made in another tab is refused; the user keeps a copy', async ({ page, context }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.seed(fixture('clinic'));
  const tab = await context.newPage();
  await tab.goto('/#/p/p_clinic');
  const editor = new EditorPage(tab);
  await editor.waitForEditor();

  // The library tab renames the process while the other tab has it open.
  await library.cardButton('门诊接待', 'Rename');
  const rename = page.getByRole('textbox', { name: 'Rename' });
  await rename.fill('门诊接待（改）');
  await rename.press('Enter');
  await expect(library.card('门诊接待（改）')).toBeVisible();
  const renamed = await library.stored('p_clinic');

  await editor.node('登记').click();
  await tab.keyboard.press('F2');
  await editor.typeLabel('挂号');
  const banner = tab.getByTestId('session-banner');
  await expect(banner).toHaveAttribute('data-reason', 'conflict');
  await expect(banner).toContainText('was changed in another tab or window, so your changes here were not saved');
  await expect(editor.saveStatus()).toHaveAttribute('data-status', 'conflict');
  expect(await library.stored('p_clinic')).toEqual(renamed);

  await banner.getByRole('button', { name: 'Keep my version as a copy' }).click();
  await expect(tab).not.toHaveURL(/#\/p\/p_clinic$/);
  await editor.waitForEditor();
  const copyId = /#\/p\/([^/]+)$/.exec(tab.url())![1]!;
  const copy = await library.stored(copyId);
  expect(copy.name).toBe('门诊接待 (copy)');
  expect(copy.nodes.find((n) => n.id === 'n_reg')?.label).toBe('挂号');
  expect(await library.stored('p_clinic')).toEqual(renamed);
  await expect(library.card('门诊接待 (copy)')).toBeVisible();
});

test('after a refused save, reloading shows the version saved elsewhere and editing goes on', async ({ page, context }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.seed(fixture('clinic'));
  const tab = await context.newPage();
  await tab.goto('/#/p/p_clinic');
  const editor = new EditorPage(tab);
  await editor.waitForEditor();
  await page.evaluate(async () => {
    const repo = window.__flowlane.repo;
    await repo.renameProcess('p_clinic', '别处改过');
  });

  await editor.node('登记').click();
  await tab.keyboard.press('Delete');
  const banner = tab.getByTestId('session-banner');
  await expect(banner).toHaveAttribute('data-reason', 'conflict');
  await banner.getByRole('button', { name: 'Reload the saved version' }).click();
  await expect(banner).toHaveCount(0);
  await expect(tab.getByRole('textbox', { name: 'Process name' })).toHaveValue('别处改过');
  await expect(editor.node('登记')).toBeVisible();
  await editor.node('登记').click();
  await tab.keyboard.press('Delete');
  await editor.waitUntilSaved();
  const stored = await library.stored('p_clinic');
  expect([stored.name, stored.nodes.some((n) => n.id === 'n_reg')]).toEqual(['别处改过', false]);
});
