// Describing steps, decisions and hand-offs in the properties panel (English UI, Chinese process).
import { expect, test } from '@playwright/test';
import type { ProcessDocument } from '../../src/model';
import { EditorPage } from './pages/EditorPage';

const nodeIn = (doc: ProcessDocument, id: string) => doc.nodes.find((n) => n.id === id)!;
const edgeIn = (doc: ProcessDocument, id: string) => doc.edges.find((e) => e.id === id)!;

test('a task is described in the properties panel: label, script, duration, time standard, items', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');
  await editor.node('登记').click();
  const panel = page.getByTestId('node-properties');
  await expect(panel.getByRole('heading', { name: 'Step' })).toBeVisible();

  // Label: committed with Enter, shown on the canvas.
  const label = panel.getByLabel('Label', { exact: true });
  await expect(label).toHaveValue('登记');
  await label.fill('预检登记');
  await label.press('Enter');
  await expect(editor.node('预检登记')).toBeVisible();
  expect(nodeIn(await editor.doc(), 'n_reg').label).toBe('预检登记');

  // The script to say (话术), committed when the field is left; the step shows it as a tooltip.
  const script = '您好，欢迎光临！\n请问您是初诊还是复诊？';
  await panel.getByLabel('Notes and script').fill(script);
  await panel.getByLabel('Notes and script').press('Tab');
  await expect.poll(async () => nodeIn(await editor.doc(), 'n_reg').notes).toBe(script);
  await expect(editor.node('预检登记').locator('.fl-label')).toHaveAttribute('title', script);

  // Duration: a range of 10 to 15 minutes.
  await panel.getByLabel('Varies how?').selectOption({ label: 'Anywhere in a range' });
  await expect(panel.getByText('Any time between the minimum and the maximum is equally likely')).toBeVisible();
  const min = panel.getByLabel('Minimum');
  const max = panel.getByLabel('Maximum');
  await expect(min).toHaveValue('2.5');
  await expect(max).toHaveValue('7.5');
  // Typing the minimum first is refused while the maximum is lower, and says why …
  await min.fill('10');
  await expect(panel.getByRole('alert')).toHaveText('Must be at most 7.5.');
  await min.press('Enter');
  expect(nodeIn(await editor.doc(), 'n_reg')).toMatchObject({ duration: { unit: 'minute', dist: { kind: 'uniform', min: 2.5, max: 7.5 } } });
  // … and leaving the field does not leave an unsaved number behind: it shows what is stored.
  await max.fill('15');
  await max.press('Enter');
  await expect(min).toHaveValue('2.5');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await min.fill('10');
  await min.press('Enter');
  await expect.poll(async () => nodeIn(await editor.doc(), 'n_reg')).toMatchObject({
    duration: { unit: 'minute', dist: { kind: 'uniform', min: 10, max: 15 } },
  });
  await expect(editor.node('预检登记').locator('.fl-chip').first()).toHaveText('10–15 min');

  // An impossible range is explained and changes nothing.
  const before = await editor.historySize();
  await min.fill('20');
  await expect(panel.getByRole('alert')).toHaveText('Must be at most 15.');
  await expect(min).toHaveAttribute('aria-invalid', 'true');
  await min.press('Enter');
  await min.press('Tab');
  expect(nodeIn(await editor.doc(), 'n_reg')).toMatchObject({ duration: { dist: { kind: 'uniform', min: 10, max: 15 } } });
  expect(await editor.historySize()).toBe(before);
  await expect(editor.node('预检登记').locator('.fl-chip').first()).toHaveText('10–15 min');

  // Time standard: start within 1 minute; the step on the canvas shows the promise.
  await panel.getByLabel('Standard', { exact: true }).selectOption({ label: 'Start within' });
  await expect.poll(async () => nodeIn(await editor.doc(), 'n_reg')).toMatchObject({
    timeStandard: { kind: 'startWithin', limit: 1, unit: 'minute' },
  });
  await expect(panel.getByLabel('Limit')).toHaveValue('1');
  await expect(editor.node('预检登记').locator('.fl-chip-standard')).toHaveText('start ≤ 1 min');

  // Items typed with the Chinese list comma become separate items.
  const needs = panel.getByLabel('Needs');
  await needs.fill('病历、预检单');
  await needs.press('Enter');
  await expect.poll(async () => nodeIn(await editor.doc(), 'n_reg')).toMatchObject({ needs: ['病历', '预检单'] });
  // Nothing before 预检登记 produces them, and the checks say so.
  await expect(editor.finding('missingInput')).toHaveCount(2);
  await expect(editor.finding('missingInput').first()).toHaveText('“预检登记” needs “病历”, but no step before it produces it.');
  const produces = panel.getByLabel('Produces');
  await produces.fill('就诊卡, 收据');
  await produces.press('Tab');
  await expect.poll(async () => nodeIn(await editor.doc(), 'n_reg')).toMatchObject({ produces: ['就诊卡', '收据'] });
  await expect(produces).toHaveValue('就诊卡、收据');
});

test('a decision shows its branch shares and warns until they add up to 100 %', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');
  await expect(editor.finding('decisionNoProbabilities')).toHaveText(
    'Decision “是否初诊?”: no branch shares are set, so the simulation will split cases evenly.',
  );

  await editor.node('是否初诊?').click();
  const panel = page.getByTestId('node-properties');
  await expect(panel.getByRole('heading', { name: 'Decision' })).toBeVisible();
  const branches = panel.getByRole('group', { name: 'Branches' });
  const toConsult = branches.getByLabel('To “咨询” 初诊');
  const toPay = branches.getByLabel('To “收费” 复诊');

  await toConsult.fill('60');
  await toConsult.press('Enter');
  const sum = branches.locator('.fl-field-error');
  await expect(sum).toHaveText('Shares add up to 60 % (should be 100 %)');
  await expect(editor.finding('decisionProbabilitySum')).toHaveText('Decision “是否初诊?”: branch shares add up to 60 %, not 100 %.');
  await expect(page.locator('.fl-edge-label[data-edge-id="e_new"] .fl-edge-share')).toHaveText('60%');

  await toPay.fill('40');
  await toPay.press('Enter');
  await expect(sum).toHaveCount(0);
  await expect(branches.locator('.fl-field-hint')).toHaveText('Shares add up to 100 % (should be 100 %)');
  await expect(editor.finding('decisionProbabilitySum')).toHaveCount(0);
  await expect(editor.finding('decisionNoProbabilities')).toHaveCount(0);
  await expect(page.locator('.fl-edge-label[data-edge-id="e_again"] .fl-edge-share')).toHaveText('40%');
  const doc = await editor.doc();
  expect(edgeIn(doc, 'e_new').probability).toBeCloseTo(0.6);
  expect(edgeIn(doc, 'e_again').probability).toBeCloseTo(0.4);

  // A share above 100 % is refused.
  await toPay.fill('140');
  await expect(branches.getByRole('alert')).toHaveText('Must be at most 100.');
  await toPay.press('Enter');
  expect(edgeIn(await editor.doc(), 'e_again').probability).toBeCloseTo(0.4);
});

test('a flow between lanes gets its hand-off described: what, how and a note', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');
  const missingBefore = await editor.finding('missingHandoff').count();
  expect(missingBefore).toBe(3);

  // The warning on the flow 咨询 → 收费 selects it.
  await page.locator('.fl-edge-label[data-edge-id="e_bill"]').click();
  const panel = page.getByTestId('edge-properties');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('From “咨询” to “收费”');
  await expect(panel).toContainText('Work passes from “咨询医生” to “收银”.');
  await expect(panel.getByRole('note')).toContainText('Not described yet');

  const what = panel.getByLabel('What is handed over');
  await what.fill('检查单');
  await what.press('Enter');
  await panel.getByLabel('How', { exact: true }).selectOption({ label: 'Computer system' });
  const note = panel.getByLabel('Hand-off notes');
  await note.fill('医生在系统里开单，收银刷卡即可看到');
  await note.press('Tab');

  await expect.poll(async () => edgeIn(await editor.doc(), 'e_bill').handoff).toEqual({
    what: '检查单',
    how: 'system',
    note: '医生在系统里开单，收银刷卡即可看到',
  });
  await expect(panel.getByRole('note')).toHaveCount(0);
  await expect(editor.finding('missingHandoff')).toHaveCount(missingBefore - 1);
  const label = page.locator('.fl-edge-label[data-edge-id="e_bill"] .fl-edge-handoff');
  await expect(label).toHaveText('检查单');
  await expect(label).toHaveAttribute('title', 'Hand-off: 检查单 (Computer system)');
  expect(await editor.historySize()).toBe(3);

  // A flow inside one lane has no hand-off to describe.
  const pay = await editor.node('收费').boundingBox();
  const end = await editor.node('离院').boundingBox();
  await page.mouse.click((pay!.x + pay!.width + end!.x) / 2, pay!.y + pay!.height / 2);
  await expect(panel).toContainText('From “收费” to “离院”');
  await expect(panel.getByLabel('What is handed over')).toHaveCount(0);
});
