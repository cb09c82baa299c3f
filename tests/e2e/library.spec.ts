// The library: creating, finding, sorting, renaming, duplicating, the trash, and the URL that
// names the open process.
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { fixture, LibraryPage } from './pages/LibraryPage';

test('a new process opens in the editor, the URL names it, and back, forward and reload work', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(page.getByRole('heading', { name: 'No processes yet' })).toBeVisible();
  await expect(library.page.getByTestId('storage-info')).toContainText('may clear this data'); // persist() is refused headless

  await page.getByRole('link', { name: 'New process', exact: true }).click();
  const editor = new EditorPage(page);
  await editor.waitForEditor();
  const id = /#\/p\/([^/]+)$/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  const name = page.getByRole('textbox', { name: 'Process name' });
  await expect(name).toHaveValue('New process');
  await name.fill('门诊接待');
  await name.press('Enter');
  await editor.waitUntilSaved();
  expect((await library.stored(id!)).name).toBe('门诊接待');

  await page.getByRole('link', { name: /Processes/ }).click();
  await library.waitForList();
  await expect(library.names()).toHaveText(['门诊接待']);

  await page.goBack();
  await editor.waitForEditor();
  expect(page.url()).toContain(`#/p/${id}`);
  await expect(name).toHaveValue('门诊接待');
  await page.goForward();
  await library.waitForList();
  await expect(library.card('门诊接待')).toBeVisible();

  await page.getByRole('link', { name: 'Open 门诊接待' }).click();
  await editor.waitForEditor();
  expect(page.url()).toContain(`#/p/${id}`);
  await page.reload();
  await editor.waitForEditor();
  await expect(name).toHaveValue('门诊接待');
});

test('a process that is not in the library says so and leads back', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.goto('/#/p/p_nowhere');
  await expect(page.getByRole('alert')).toContainText('This process is not in the library');
  await page.getByRole('link', { name: 'Back to the processes' }).click();
  await library.waitForList();
  expect(page.url()).toMatch(/#\/$/);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('search finds any part of a name, Chinese too, and sorting orders the cards', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    // Seeded oldest first. 安 (an) sorts before 出 (chu) in pinyin, although its code point is higher.
    const names = ['出库流程', 'KTV 咨客', '安装流程', '4S店 售后服务'];
    await library.seed(...names.map((name, i) => fixture('clinic', { id: `p_${i}`, name })));
    await library.page.reload();
    await library.waitForList();
    await expect(library.names()).toHaveText(['4S店 售后服务', '安装流程', 'KTV 咨客', '出库流程']);

    await library.search().fill('流程');
    await expect(library.names()).toHaveText(['安装流程', '出库流程']);
    await library.search().fill('ｋｔｖ'); // full-width and lower case
    await expect(library.names()).toHaveText(['KTV 咨客']);
    await library.search().fill('售后 4s');
    await expect(library.names()).toHaveText(['4S店 售后服务']);
    await library.search().fill('不存在');
    await expect(page.getByText('没有名称包含“不存在”的流程。')).toBeVisible();
    await expect(library.cards()).toHaveCount(0);
    await library.search().fill('');

    const sort = page.getByRole('combobox', { name: '排序' });
    await sort.selectOption({ label: '名称' });
    await expect(library.names()).toHaveText(['4S店 售后服务', '安装流程', '出库流程', 'KTV 咨客']);

    // Renaming edits a process: it moves up by last edited, not by newest.
    await library.cardButton('出库流程', '重命名');
    const rename = page.getByRole('textbox', { name: '重命名' });
    await rename.fill('出库流程（新）');
    await rename.press('Enter');
    await sort.selectOption({ label: '最近编辑' });
    await expect(library.names()).toHaveText(['出库流程（新）', '4S店 售后服务', '安装流程', 'KTV 咨客']);
    await sort.selectOption({ label: '最新创建' });
    await expect(library.names()).toHaveText(['4S店 售后服务', '安装流程', 'KTV 咨客', '出库流程（新）']);
  });
});

test('rename, duplicate, delete to the trash with undo, restore, delete for ever and empty the trash', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.seed(fixture('clinic'), fixture('clinic', { id: 'p_other', name: '复诊' }));
  const original = await library.stored('p_clinic');

  // Rename: shown, stored, and still there after a reload.
  await library.cardButton('门诊接待', 'Rename');
  const rename = page.getByRole('textbox', { name: 'Rename' });
  await rename.fill('初诊接待');
  await rename.press('Enter');
  await expect(library.card('初诊接待')).toBeVisible();
  await page.reload();
  await library.waitForList();
  await expect(library.card('初诊接待')).toBeVisible();
  expect(await library.stored('p_clinic')).toEqual({ ...original, name: '初诊接待' });

  // Duplicate: a new process with the same content.
  await library.cardButton('初诊接待', 'Duplicate');
  await expect(library.card('初诊接待 (copy)')).toBeVisible();
  const copyId = await library.card('初诊接待 (copy)').getAttribute('data-process-id');
  expect(copyId).not.toBe('p_clinic');
  expect(await library.stored(copyId!)).toEqual({ ...original, id: copyId, name: '初诊接待 (copy)' });

  // Delete moves to the trash; the notice offers Undo.
  await library.cardButton('初诊接待 (copy)', 'Delete');
  await expect(library.card('初诊接待 (copy)')).toHaveCount(0);
  await expect(library.notice()).toContainText('“初诊接待 (copy)” was moved to the trash.');
  await library.notice().getByRole('button', { name: 'Undo' }).click();
  await expect(library.card('初诊接待 (copy)')).toBeVisible();
  expect((await library.summaries(true)).map((s) => s.id)).toEqual([]);

  // Delete again and restore from the trash.
  await library.cardButton('初诊接待 (copy)', 'Delete');
  await page.getByRole('link', { name: 'Trash' }).click();
  await library.waitForList();
  expect(page.url()).toMatch(/#\/trash$/);
  await expect(library.names()).toHaveText(['初诊接待 (copy)']);
  await library.cardButton('初诊接待 (copy)', 'Restore');
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the processes' }).click();
  await library.waitForList();
  await expect(library.card('初诊接待 (copy)')).toBeVisible();

  // Delete for ever (after confirming), then empty the trash.
  await library.cardButton('初诊接待 (copy)', 'Delete');
  await library.cardButton('复诊', 'Delete');
  await page.getByRole('link', { name: 'Trash' }).click();
  await library.waitForList();
  await expect(library.cards()).toHaveCount(2);
  await library.cardButton('复诊', 'Delete for ever');
  const confirm = page.getByRole('dialog', { name: 'Delete “复诊” for ever?' });
  await confirm.getByRole('button', { name: 'Delete for ever' }).click();
  await expect(library.cards()).toHaveCount(1);
  expect(await library.exists('p_other')).toBe(false);
  await page.getByRole('button', { name: 'Empty the trash' }).click();
  await page.getByRole('dialog', { name: 'Empty the trash?' }).getByRole('button', { name: 'Empty the trash' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  expect(await library.exists(copyId!)).toBe(false);
  expect(await library.snapshots(copyId!)).toEqual([]);
  expect((await library.summaries()).map((s) => s.id)).toEqual(['p_clinic']);
});
