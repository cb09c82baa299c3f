// The keyboard (help, shortcuts, label editing with an input method), the language switch and
// the canvas controls.
import { expect, test } from '@playwright/test';
import { SHORTCUTS } from '../../src/ui/shortcuts';
import { EditorPage } from './pages/EditorPage';

test.use({ locale: 'zh-CN' });

test('"?" opens the help, which lists every keyboard shortcut; Escape closes it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: '如何使用 Flowlane' });
  await expect(help).toBeVisible();
  const rows = help.locator('table.fl-shortcuts tr');
  await expect(rows).toHaveCount(SHORTCUTS.length);
  // Row by row, the keys of the shortcut table (Mod is Ctrl here).
  const keys = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('kbd')].map((k) => k.textContent)));
  expect(keys).toEqual(SHORTCUTS.map((s) => s.keys.map((k) => k.replace('Mod', 'Ctrl'))));
  await expect(help.getByRole('row', { name: /^撤销/ })).toContainText('Ctrl+Z');
  await expect(help.getByRole('row', { name: /本帮助/ })).toContainText('F1');

  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  // F1 and the toolbar button open it too; the close button closes it.
  await page.keyboard.press('F1');
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: '关闭' }).click();
  await expect(help).toHaveCount(0);
  await page.getByRole('button', { name: '帮助' }).click();
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('single-letter shortcuts add lanes and each kind of step', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();

  // L adds a lane and opens its name; every added step opens its label (Escape keeps the default).
  const editorBox = page.locator('.fl-inline-editor');
  const press = async (key: string) => {
    await page.keyboard.press(key);
    await expect(editorBox).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(editorBox).toHaveCount(0);
  };
  await press('l');
  await expect(page.locator('.fl-lane-name')).toHaveText(['泳道 1']);
  for (const key of ['t', 'd', 's', 'e', 'w', 'p', 'j']) await press(key);
  await press('l');

  const doc = await editor.doc();
  expect(doc.lanes.map((l) => l.name)).toEqual(['泳道 1', '泳道 2']);
  expect(doc.nodes.map((n) => n.kind)).toEqual(['task', 'decision', 'start', 'end', 'wait', 'parallelSplit', 'parallelJoin']);
  expect(doc.nodes.map((n) => n.label)).toEqual(['新步骤', '判断?', '开始', '结束', '等待', '分支', '汇合']);
  expect(new Set(doc.nodes.map((n) => n.laneId))).toEqual(new Set([doc.lanes[0]!.id]));
  await expect(page.locator('.react-flow__node .fl-node')).toHaveCount(7);
  for (const kind of ['task', 'decision', 'start', 'end', 'wait', 'parallelSplit', 'parallelJoin']) {
    await expect(page.locator(`.fl-node[data-kind="${kind}"]`)).toHaveCount(1);
  }
  // With a step selected the next one follows it, connected (a start and the step after an end do not).
  const label = (id: string) => doc.nodes.find((n) => n.id === id)?.label;
  expect(doc.edges.map((e) => `${label(e.source)}→${label(e.target)}`)).toEqual(['新步骤→判断?', '开始→结束', '等待→分支', '分支→汇合']);
});

test('F2 and Enter edit the label of the selected step', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');

  await editor.node('登记').click();
  await page.keyboard.press('F2');
  await editor.typeLabel('挂号');
  await expect(editor.node('挂号')).toBeVisible();
  expect((await editor.doc()).nodes.find((n) => n.id === 'n_reg')?.label).toBe('挂号');

  await editor.laneHeader('收银').click();
  await page.keyboard.press('Enter');
  await editor.typeLabel('收费处');
  await expect(page.locator('.fl-lane-name')).toHaveText(['导诊', '咨询医生', '收费处']);
});

test('the language switch changes the interface, not the process, and is remembered', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');
  const original = await editor.doc();

  const palette = page.locator('.fl-palette');
  const checks = page.getByTestId('check-panel');
  await expect(palette.getByRole('heading')).toHaveText('添加');
  await expect(editor.paletteItem(/^步骤/)).toBeVisible();
  await expect(checks.getByRole('heading')).toContainText('检查');
  await expect(editor.finding('decisionNoProbabilities')).toHaveText('判断“是否初诊?”：未设置分支比例，模拟时将平均分配案例。');

  const language = page.getByRole('combobox', { name: '语言' });
  await language.selectOption({ label: 'English' });
  await expect(palette.getByRole('heading')).toHaveText('Add');
  await expect(editor.paletteItem(/^Step/)).toBeVisible();
  await expect(checks.getByRole('heading')).toContainText('Checks');
  await expect(editor.finding('decisionNoProbabilities')).toHaveText(
    'Decision “是否初诊?”: no branch shares are set, so the simulation will split cases evenly.',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The process keeps its Chinese names.
  await expect(page.locator('.fl-lane-name')).toHaveText(['导诊', '咨询医生', '收银']);
  await expect(editor.node('是否初诊?')).toBeVisible();
  expect(await editor.doc()).toEqual(original);
  expect(await page.evaluate(() => localStorage.getItem('flowlane.language'))).toBe('en');

  // The choice survives a reload, although the browser asks for Chinese; so does the process.
  await page.evaluate(() => window.__flowlane.flush());
  await page.reload();
  await editor.waitForEditor();
  await expect(palette.getByRole('heading')).toHaveText('Add');
  await expect(page.locator('.fl-lane-name')).toHaveText(['导诊', '咨询医生', '收银']);

  const english = page.getByRole('combobox', { name: 'Language' });
  await english.selectOption({ label: '简体中文' });
  await expect(palette.getByRole('heading')).toHaveText('添加');
  await expect(checks.getByRole('heading')).toContainText('检查');
  await page.reload();
  await editor.waitForEditor();
  await expect(palette.getByRole('heading')).toHaveText('添加');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the zoom buttons zoom, and the overview map can be hidden and shown', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');

  const zoomIn = page.getByRole('button', { name: '放大' });
  const zoomOut = page.getByRole('button', { name: '缩小' });
  await expect(zoomIn).toBeVisible();
  await expect(zoomOut).toBeVisible();
  await expect(page.getByRole('button', { name: '显示整个流程' })).toBeVisible();
  const start = (await editor.viewport()).zoom;
  await zoomIn.click();
  await expect.poll(async () => (await editor.viewport()).zoom).toBeGreaterThan(start);
  const zoomed = (await editor.viewport()).zoom;
  await zoomOut.click();
  await zoomOut.click();
  await expect.poll(async () => (await editor.viewport()).zoom).toBeLessThan(zoomed);
  await expect.poll(async () => (await editor.viewport()).zoom).toBeLessThan(start);

  const map = page.locator('.react-flow__minimap');
  await expect(map).toBeVisible();
  await expect(map.getByRole('img', { name: '缩略图' })).toBeVisible();
  // One small rectangle per lane and per step.
  await expect(map.locator('.react-flow__minimap-node')).toHaveCount(3 + 6);
  await page.getByRole('checkbox', { name: '缩略图' }).uncheck();
  await expect(map).toHaveCount(0);
  await page.getByRole('checkbox', { name: '缩略图' }).check();
  await expect(map).toBeVisible();
});

test('Enter while an input method is composing does not end the label edit', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');

  await editor.node('咨询').dblclick();
  const input = page.locator('.fl-inline-editor');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('咨询');

  // Typing pinyin: the IME shows "deng" underlined; Enter belongs to the IME here.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'deng', selectionStart: 4, selectionEnd: 4 });
  await expect(input).toHaveValue('deng');
  // Record whether the browser marks the Enter keydown as composing (installed before pressing).
  await page.evaluate(() =>
    window.addEventListener('keydown', (e) => document.body.setAttribute('data-enter-composing', String(e.isComposing)), { once: true, capture: true }),
  );
  await page.keyboard.press('Enter');
  // Chromium marks this keydown as composing, so the test does exercise the editor's guard.
  // (Unlike a real IME, the emulated Enter also types a line break; the commit trims it.)
  await expect(page.locator('body')).toHaveAttribute('data-enter-composing', 'true');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue(/^deng/);
  expect((await editor.doc()).nodes.find((n) => n.id === 'n_consult')?.label).toBe('咨询');

  // Choosing the candidate commits the composition; the next Enter commits the label.
  await cdp.send('Input.insertText', { text: '登记' });
  await expect(input).toHaveValue(/^登记\s*$/);
  await page.keyboard.press('Enter');
  await expect(input).toHaveCount(0);
  await expect.poll(async () => (await editor.doc()).nodes.find((n) => n.id === 'n_consult')?.label).toBe('登记');
  await expect(editor.nodeById('n_consult')).toContainText('登记');
  expect(await editor.historySize()).toBe(1);
});
