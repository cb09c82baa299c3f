// Working with lanes (the departments): rename, reorder, resize, staff and colour, delete, phases.
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

test.use({ locale: 'zh-CN' });

const laneNames = async (editor: EditorPage) => (await editor.doc()).lanes.map((l) => l.name);
const laneOf = async (editor: EditorPage, nodeId: string) => (await editor.doc()).nodes.find((n) => n.id === nodeId)?.laneId;

test('a lane is renamed in place by double-clicking its header', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');

  await editor.laneHeader('咨询医生').dblclick();
  await editor.typeLabel('口腔医生');

  await expect(page.locator('.fl-lane-name')).toHaveText(['导诊', '口腔医生', '收银']);
  expect(await laneNames(editor)).toEqual(['导诊', '口腔医生', '收银']);
  expect(await editor.historySize()).toBe(1);

  // Escape abandons a rename.
  await editor.laneHeader('收银').dblclick();
  await expect(page.locator('.fl-inline-editor')).toBeFocused();
  await page.keyboard.insertText('财务');
  await page.keyboard.press('Escape');
  await expect(page.locator('.fl-inline-editor')).toHaveCount(0);
  expect(await laneNames(editor)).toEqual(['导诊', '口腔医生', '收银']);
});

test('dragging the grip of the last lane above the first reorders the lanes; undo restores', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');
  const payBefore = await editor.node('收费').boundingBox();

  const grip = await editor.lane('收银').locator('.fl-lane-grip').boundingBox();
  const first = await editor.laneHeader('导诊').boundingBox();
  if (!grip || !first || !payBefore) throw new Error('not visible');
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2, first.y + 10, { steps: 12 });
  // While dragging, the place it would land is shown before the first lane.
  await expect(editor.lane('导诊')).toHaveClass(/drop-before/);
  await page.mouse.up();

  await expect.poll(() => laneNames(editor)).toEqual(['收银', '导诊', '咨询医生']);
  await expect.poll(() => editor.visibleLaneOrder()).toEqual(['收银', '导诊', '咨询医生']);
  await expect(page.locator('.fl-lane.drop-before, .fl-lane.drop-after')).toHaveCount(0);
  // The steps travel with their lane: 收费 is now in the top band.
  const payAfter = await editor.node('收费').boundingBox();
  const reg = await editor.node('登记').boundingBox();
  expect(payAfter!.y).toBeLessThan(reg!.y);
  expect(await laneOf(editor, 'n_pay')).toBe('l_cash');
  expect(await editor.historySize()).toBe(1);

  await page.keyboard.press('Control+z');
  await expect.poll(() => laneNames(editor)).toEqual(['导诊', '咨询医生', '收银']);
  await expect.poll(() => editor.visibleLaneOrder()).toEqual(['导诊', '咨询医生', '收银']);
});

test('a lane is resized by dragging its lower edge, but never smaller than its steps need', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');
  const laneSize = async () => (await editor.doc()).diagram.laneSizes['l_doctor'];
  expect(await laneSize()).toBe(160);
  const { zoom } = await editor.viewport();

  // Grab the edge a little to the right of the header, away from every step.
  const edge = editor.lane('咨询医生').locator('.fl-lane-resize');
  const box = await edge.boundingBox();
  const band = await editor.lane('咨询医生').boundingBox();
  if (!box || !band) throw new Error('not visible');
  const grab = { x: box.x + 132 * zoom + 10, y: box.y + 2 };
  await editor.drag(grab, { x: grab.x, y: grab.y + 80 });

  await expect.poll(laneSize).toBeGreaterThan(160);
  expect(Math.abs((await laneSize())! - (160 + 80 / zoom))).toBeLessThanOrEqual(2);
  await expect.poll(async () => (await editor.lane('咨询医生').boundingBox())!.height).toBeGreaterThan(band.height + 70);
  expect(await editor.historySize()).toBe(1);

  // Shrinking far past the step stops where 咨询 still fits with its padding.
  const grown = await edge.boundingBox();
  const from = { x: grab.x, y: grown!.y + 2 };
  await editor.drag(from, { x: from.x, y: from.y - 400 });
  const doc = await editor.doc();
  const g = doc.diagram.nodes['n_consult']!;
  const needed = g.y + g.h + 16;
  await expect.poll(laneSize).toBe(needed);
  expect(needed).toBeLessThan(160);
  expect(await editor.historySize()).toBe(2);
  // The step is still wholly inside its band.
  const lane = await editor.lane('咨询医生').boundingBox();
  const step = await editor.node('咨询').boundingBox();
  expect(step!.y + step!.height).toBeLessThanOrEqual(lane!.y + lane!.height + 1);

  await page.keyboard.press('Control+z');
  await expect.poll(laneSize).toBeGreaterThan(160);
});

test('staff count and colour are changed in the lane properties', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');

  await editor.laneHeader('咨询医生').click();
  const panel = page.getByTestId('lane-properties');
  await expect(panel).toBeVisible();
  await expect(panel.getByLabel('名称')).toHaveValue('咨询医生');

  const staff = panel.getByLabel('人员');
  await expect(staff).toHaveValue('3');
  await staff.fill('4');
  await staff.press('Enter');
  await expect(editor.lane('咨询医生').locator('.fl-lane-staff')).toHaveText('4');
  expect((await editor.doc()).lanes[1]).toMatchObject({ name: '咨询医生', staff: 4 });

  // Half a person is explained and not stored.
  await staff.fill('2.5');
  await expect(panel.getByRole('alert')).toHaveText('请输入整数。');
  await staff.press('Enter');
  expect((await editor.doc()).lanes[1]?.staff).toBe(4);
  await staff.press('Escape');
  await expect(staff).toHaveValue('4');
  await expect(panel.getByRole('alert')).toHaveCount(0);

  const pink = panel.getByRole('button', { name: '颜色 #fce7f3' });
  await pink.click();
  await expect(pink).toHaveAttribute('aria-pressed', 'true');
  await expect(editor.lane('咨询医生')).toHaveAttribute('style', /--lane-color: #fce7f3/);
  expect((await editor.doc()).lanes[1]?.color).toBe('#fce7f3');
  expect(await editor.historySize()).toBe(2);

  await page.keyboard.press('Control+z');
  await expect(editor.lane('咨询医生')).toHaveAttribute('style', /--lane-color: #dcfce7/);
  await expect(panel.getByRole('button', { name: '颜色 #dcfce7' })).toHaveAttribute('aria-pressed', 'true');
});

test('deleting a lane with steps asks whether to move them or delete them; undo restores', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');
  const original = await editor.doc();

  // Move the steps: select the header, press Delete, choose 收银.
  await editor.laneHeader('咨询医生').click();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: '删除泳道“咨询医生”' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('这条泳道还有 1 个步骤');
  await expect(dialog.getByRole('radio', { name: '把步骤移到“导诊”' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: '连同 1 个步骤一起删除' })).not.toBeChecked();
  await dialog.getByRole('radio', { name: '把步骤移到“收银”' }).check();
  await dialog.getByRole('button', { name: '删除泳道' }).click();

  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.fl-lane-name')).toHaveText(['导诊', '收银']);
  await expect(editor.node('咨询')).toBeVisible();
  let doc = await editor.doc();
  expect(doc.lanes.map((l) => l.name)).toEqual(['导诊', '收银']);
  expect(doc.nodes.find((n) => n.id === 'n_consult')?.laneId).toBe('l_cash');
  expect(doc.edges).toHaveLength(original.edges.length);
  expect(await editor.historySize()).toBe(1);

  await page.keyboard.press('Control+z');
  await expect(page.locator('.fl-lane-name')).toHaveText(['导诊', '咨询医生', '收银']);
  expect(await editor.doc()).toEqual(original);

  // Cancelling changes nothing.
  await editor.laneHeader('咨询医生').click();
  await page.getByTestId('lane-properties').getByRole('button', { name: '删除泳道' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await editor.doc()).toEqual(original);

  // Delete the steps too, from the properties panel: the step and its flows go.
  await page.getByTestId('lane-properties').getByRole('button', { name: '删除泳道' }).click();
  await dialog.getByRole('radio', { name: '连同 1 个步骤一起删除' }).check();
  await dialog.getByRole('button', { name: '删除泳道' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.fl-lane-name')).toHaveText(['导诊', '收银']);
  await expect(editor.node('咨询')).toHaveCount(0);
  doc = await editor.doc();
  expect(doc.nodes.map((n) => n.id)).not.toContain('n_consult');
  expect(doc.edges.map((e) => e.id).sort()).toEqual(['e_again', 'e_arrive', 'e_ask', 'e_leave']);
  expect(await editor.historySize()).toBe(1);

  await page.keyboard.press('Control+z');
  await expect(editor.node('咨询')).toBeVisible();
  expect(await editor.doc()).toEqual(original);
});

test('a phase added from the palette gives its phase to a step dropped into its column', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');

  await editor.paletteItem(/^阶段/).click();
  await editor.typeLabel('接待');
  await editor.paletteItem(/^阶段/).click();
  await editor.typeLabel('诊疗');
  await expect(page.locator('.fl-phase-name')).toHaveText(['接待', '诊疗']);
  await editor.fit();
  const phases = (await editor.doc()).phases;
  expect(phases.map((p) => p.name)).toEqual(['接待', '诊疗']);

  // Drop a step into the second column, in the 导诊 lane (free there: its steps end at 460).
  const column = await page.locator('.fl-phase-header', { hasText: '诊疗' }).boundingBox();
  const lane = await editor.lane('导诊').boundingBox();
  const canvas = await page.getByTestId('canvas').boundingBox();
  if (!column || !lane || !canvas) throw new Error('not visible');
  const before = (await editor.doc()).nodes.map((n) => n.id);
  await editor.paletteItem(/^步骤/).dragTo(page.getByTestId('canvas'), {
    targetPosition: { x: column.x + column.width / 2 - canvas.x, y: lane.y + lane.height / 2 - canvas.y },
  });
  await editor.typeLabel('分诊');

  const doc = await editor.doc();
  const added = doc.nodes.filter((n) => !before.includes(n.id));
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({ label: '分诊', kind: 'task', laneId: 'l_guide', phaseId: phases[1]!.id });
  await expect(page.getByTestId('node-properties').getByLabel('阶段')).toHaveValue(phases[1]!.id);
  await expect(page.getByTestId('node-properties').getByLabel('阶段').locator('option:checked')).toHaveText('诊疗');
});
