// The first-use journey of the issue: a manager draws a clinic reception process in Chinese.
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

test.use({ locale: 'zh-CN' });

test('a new user draws a three-lane process, describes a hand-off, undoes and moves a step', async ({ page }, testInfo) => {
  const editor = new EditorPage(page);
  await editor.goto();

  // Three lanes, named in place as they are created.
  await page.getByRole('button', { name: '添加第一条泳道' }).click();
  await editor.typeLabel('导诊');
  await editor.paletteItem(/^泳道/).click();
  await editor.typeLabel('咨询医生');
  await editor.paletteItem(/^泳道/).click();
  await editor.typeLabel('收银');
  await expect(page.locator('.fl-lane-name')).toHaveText(['导诊', '咨询医生', '收银']);

  // start → 登记 → 是否初诊? in 导诊: each click adds after the selected step, connected.
  await editor.laneHeader('导诊').click();
  await editor.paletteItem(/^开始/).click();
  await editor.typeLabel('顾客到院');
  await editor.paletteItem(/^步骤/).click();
  await editor.typeLabel('登记');
  await editor.paletteItem(/^判断/).click();
  await editor.typeLabel('是否初诊?');

  // 咨询 in 咨询医生, 收费 and 离院 in 收银, connected by dragging.
  await editor.laneHeader('咨询医生').click();
  await editor.paletteItem(/^步骤/).click();
  await editor.typeLabel('咨询');
  await editor.laneHeader('收银').click();
  await editor.paletteItem(/^步骤/).click();
  await editor.typeLabel('收费');
  await editor.paletteItem(/^结束/).click();
  await editor.typeLabel('离院');
  await editor.connect('是否初诊?', '咨询');
  await editor.connect('咨询', '收费');

  const doc = await editor.doc();
  const label = (id: string) => doc.nodes.find((n) => n.id === id)?.label;
  expect(doc.edges.map((e) => `${label(e.source)}→${label(e.target)}`).sort()).toEqual(
    ['顾客到院→登记', '登记→是否初诊?', '是否初诊?→咨询', '咨询→收费', '收费→离院'].sort(),
  );
  const laneOf = (nodeLabel: string) => doc.lanes.find((l) => l.id === doc.nodes.find((n) => n.label === nodeLabel)?.laneId)?.name;
  expect(['登记', '咨询', '收费'].map(laneOf)).toEqual(['导诊', '咨询医生', '收银']);

  // Two flows cross lanes without a described hand-off: the checks say so.
  await expect(editor.finding('missingHandoff')).toHaveCount(2);
  await expect(editor.finding('missingHandoff').first()).toContainText('未说明交接');

  // Describe the first hand-off from the finding: it disappears.
  await editor.finding('missingHandoff').first().click();
  await expect(page.getByTestId('edge-properties')).toBeVisible();
  const what = page.getByLabel('交接内容');
  await what.fill('就诊卡');
  await what.press('Enter');
  await expect(editor.finding('missingHandoff')).toHaveCount(1);

  // Undo brings the finding back, redo removes it again (keyboard and toolbar).
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(editor.finding('missingHandoff')).toHaveCount(2);
  await page.getByRole('button', { name: '重做' }).click();
  await expect(editor.finding('missingHandoff')).toHaveCount(1);
  const described = (await editor.doc()).edges.filter((e) => e.handoff?.what === '就诊卡');
  expect(described).toHaveLength(1);

  // Drag 咨询 into the 收银 lane: it now belongs to 收银, and one undo puts it back.
  await editor.dragNodeIntoLane('咨询', '收银');
  await expect.poll(async () => {
    const d = await editor.doc();
    return d.lanes.find((l) => l.id === d.nodes.find((n) => n.label === '咨询')?.laneId)?.name;
  }).toBe('收银');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => {
    const d = await editor.doc();
    return d.lanes.find((l) => l.id === d.nodes.find((n) => n.label === '咨询')?.laneId)?.name;
  }).toBe('咨询医生');

  await page.keyboard.press('Shift+1');
  const shot = testInfo.outputPath('editor.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('editor', { path: shot, contentType: 'image/png' });
});
