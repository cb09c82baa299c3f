// Adding steps from the palette (drag and click), selecting many, and the clipboard and nudge
// keys: each change is one undo step.
import { expect, test } from '@playwright/test';
import type { ProcessDocument } from '../../src/model';
import { EditorPage } from './pages/EditorPage';

const geometry = (doc: ProcessDocument, id: string) => doc.diagram.nodes[id]!;
const sorted = (ids: string[]) => [...ids].sort();

test('a palette item dragged onto the second lane becomes a step there, where it was dropped', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');

  // Drop in 咨询医生, right of 咨询 (which ends at 660 along the flow).
  const lane = await editor.lane('咨询医生').boundingBox();
  const x = await editor.toScreen({ x: 850, y: 0 });
  const canvas = await page.getByTestId('canvas').boundingBox();
  if (!lane || !canvas) throw new Error('not visible');
  const drop = { x: x.x, y: lane.y + lane.height / 2 };
  await editor.paletteItem(/^Step/).dragTo(page.getByTestId('canvas'), { targetPosition: { x: drop.x - canvas.x, y: drop.y - canvas.y } });
  await editor.typeLabel('开检查单');

  const doc = await editor.doc();
  const added = doc.nodes.find((n) => n.label === '开检查单');
  expect(added).toMatchObject({ kind: 'task', laneId: 'l_doctor' });
  expect(doc.edges.filter((e) => e.source === added!.id || e.target === added!.id)).toEqual([]);
  // Its centre is where it was dropped: on screen and in the stored geometry.
  const box = await editor.node('开检查单').boundingBox();
  expect(Math.abs(box!.x + box!.width / 2 - drop.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(box!.y + box!.height / 2 - drop.y)).toBeLessThanOrEqual(2);
  const g = geometry(doc, added!.id);
  expect(Math.abs(g.x + g.w / 2 - 850)).toBeLessThanOrEqual(1);
  // Dropped halfway down the band: its centre is halfway across the lane.
  expect(Math.abs(g.y + g.h / 2 - doc.diagram.laneSizes['l_doctor']! / 2)).toBeLessThanOrEqual(2);
  expect(await editor.historySize()).toBe(2); // the drop, then the label
});

test('clicking a palette item with a step selected appends a connected step after it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');

  await editor.node('收费').click();
  await expect(page.locator('.fl-palette-tip')).toHaveText('Click to add right after the selected step, already connected.');
  await editor.paletteItem(/^Step/).click();
  await editor.typeLabel('开发票');

  const doc = await editor.doc();
  const added = doc.nodes.find((n) => n.label === '开发票')!;
  expect(added).toMatchObject({ kind: 'task', laneId: 'l_cash' });
  expect(doc.edges.filter((e) => e.target === added.id).map((e) => e.source)).toEqual(['n_pay']);
  expect(geometry(doc, added.id).x).toBeGreaterThan(geometry(doc, 'n_pay').x + geometry(doc, 'n_pay').w);
  await expect(editor.node('开发票')).toBeVisible();
  // Adding and connecting is one undo step.
  expect(await editor.historySize()).toBe(2);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(editor.node('开发票')).toHaveCount(0);
  expect((await editor.doc()).edges).toHaveLength(6);
});

test('box selection, shift-click and Ctrl+A select steps', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');

  // Drag on empty canvas around the three steps of 导诊 (y 42–118 in a 160 high band).
  const from = await editor.toScreen({ x: 10, y: 8 });
  const to = await editor.toScreen({ x: 480, y: 140 });
  await editor.drag(from, to);
  await expect.poll(async () => sorted((await editor.selection()).nodes)).toEqual(['n_first', 'n_reg', 'n_start']);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(3);
  await expect(page.getByText('3 steps and', { exact: false })).toBeVisible();

  // Shift-click adds 咨询, shift-click on 登记 takes it out again.
  await editor.node('咨询').click({ modifiers: ['Shift'] });
  await expect.poll(async () => sorted((await editor.selection()).nodes)).toEqual(['n_consult', 'n_first', 'n_reg', 'n_start']);
  await editor.node('登记').click({ modifiers: ['Shift'] });
  await expect.poll(async () => sorted((await editor.selection()).nodes)).toEqual(['n_consult', 'n_first', 'n_start']);
  await expect(editor.node('登记')).not.toHaveClass(/selected/);

  // A plain click selects just that one; Ctrl+A selects every step and flow.
  await editor.node('收费').click();
  await expect.poll(async () => (await editor.selection()).nodes).toEqual(['n_pay']);
  await page.keyboard.press('Control+a');
  const doc = await editor.doc();
  await expect.poll(async () => sorted((await editor.selection()).nodes)).toEqual(sorted(doc.nodes.map((n) => n.id)));
  expect(sorted((await editor.selection()).edges)).toEqual(sorted(doc.edges.map((e) => e.id)));
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(6);

  // Escape selects nothing; selection never enters the history.
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await editor.selection()).nodes).toEqual([]);
  expect(await editor.historySize()).toBe(0);
});

test('copy, paste, duplicate and delete, each one undo step', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');
  const original = await editor.doc();

  // 登记 and 是否初诊? with the flow between them.
  await editor.node('登记').click();
  await editor.node('是否初诊?').click({ modifiers: ['Shift'] });
  await expect.poll(async () => sorted((await editor.selection()).nodes)).toEqual(['n_first', 'n_reg']);
  await page.keyboard.press('Control+c');
  expect(await editor.historySize()).toBe(0);
  await page.keyboard.press('Control+v');

  await expect.poll(() => editor.historySize()).toBe(1);
  let doc = await editor.doc();
  const copies = doc.nodes.filter((n) => !original.nodes.some((o) => o.id === n.id));
  expect(copies.map((n) => n.label).sort()).toEqual(['是否初诊?', '登记'].sort());
  for (const copy of copies) {
    const source = original.nodes.find((n) => n.label === copy.label)!;
    expect(copy.id).not.toBe(source.id);
    expect(copy.laneId).toBe(source.laneId);
    const [a, b] = [geometry(original, source.id), geometry(doc, copy.id)];
    expect({ dx: b.x - a.x, dy: b.y - a.y }).toEqual({ dx: 30, dy: 30 });
  }
  // The flow between them is copied too, between the copies; the copies are selected.
  const copyIds = copies.map((n) => n.id);
  const copiedEdges = doc.edges.filter((e) => copyIds.includes(e.source) || copyIds.includes(e.target));
  expect(copiedEdges).toHaveLength(1);
  expect(copyIds).toContain(copiedEdges[0]!.source);
  expect(copyIds).toContain(copiedEdges[0]!.target);
  expect(original.edges.map((e) => e.id)).not.toContain(copiedEdges[0]!.id);
  expect(sorted((await editor.selection()).nodes)).toEqual(sorted(copyIds));
  await expect(editor.node('登记')).toHaveCount(2);

  // A second paste lands further away.
  await page.keyboard.press('Control+v');
  await expect.poll(() => editor.historySize()).toBe(2);
  doc = await editor.doc();
  const regs = doc.nodes.filter((n) => n.label === '登记').map((n) => geometry(doc, n.id).x).sort((a, b) => a - b);
  expect(regs).toEqual([140, 170, 200]);

  // Ctrl+D duplicates the selection (the second copies) 30 further.
  const selected = (await editor.selection()).nodes;
  await page.keyboard.press('Control+d');
  await expect.poll(() => editor.historySize()).toBe(3);
  doc = await editor.doc();
  expect(doc.nodes).toHaveLength(original.nodes.length + 6);
  const dupes = (await editor.selection()).nodes;
  expect(dupes).toHaveLength(2);
  for (const id of dupes) {
    expect(selected).not.toContain(id);
    const node = doc.nodes.find((n) => n.id === id)!;
    const twin = doc.nodes.find((n) => selected.includes(n.id) && n.label === node.label)!;
    expect(geometry(doc, id).x - geometry(doc, twin.id).x).toBe(30);
  }

  // Delete removes the selection; deleting 咨询 also removes both its flows.
  await page.keyboard.press('Delete');
  await expect.poll(() => editor.historySize()).toBe(4);
  expect((await editor.doc()).nodes).toHaveLength(original.nodes.length + 4);
  await editor.node('咨询').click();
  await page.keyboard.press('Delete');
  await expect(editor.node('咨询')).toHaveCount(0);
  doc = await editor.doc();
  expect(doc.edges.some((e) => e.source === 'n_consult' || e.target === 'n_consult')).toBe(false);
  expect(doc.edges.map((e) => e.id)).not.toContain('e_new');
  expect(doc.edges.map((e) => e.id)).not.toContain('e_bill');
  expect(await editor.historySize()).toBe(5);

  // Five undos bring back the original document.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
  await expect.poll(() => editor.historySize()).toBe(0);
  expect(await editor.doc()).toEqual(original);
});

test('arrow keys nudge the selection by the grid, Shift by five grid steps', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');
  const at = async (id: string) => {
    const g = geometry(await editor.doc(), id);
    return { x: g.x, y: g.y };
  };

  await editor.node('收费').click();
  const start = await at('n_pay');
  const screenBefore = await editor.node('收费').boundingBox();
  const { zoom } = await editor.viewport();

  await page.keyboard.press('ArrowRight');
  await expect.poll(() => at('n_pay')).toEqual({ x: start.x + 10, y: start.y });
  await expect.poll(async () => Math.round(((await editor.node('收费').boundingBox())!.x - screenBefore!.x) / zoom)).toBe(10);
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => at('n_pay')).toEqual({ x: start.x + 60, y: start.y });
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => at('n_pay')).toEqual({ x: start.x + 60, y: start.y + 10 });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => at('n_pay')).toEqual({ x: start.x + 50, y: start.y });
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => at('n_pay')).toEqual({ x: start.x, y: start.y });
  expect(await editor.historySize()).toBe(6);

  // Several selected steps move together, as one step of the history.
  await editor.node('咨询').click({ modifiers: ['Shift'] });
  const consult = await at('n_consult');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => at('n_consult')).toEqual({ x: consult.x + 50, y: consult.y });
  expect(await at('n_pay')).toEqual({ x: start.x + 50, y: start.y });
  expect(await editor.historySize()).toBe(7);
  await page.keyboard.press('Control+z');
  await expect.poll(() => at('n_consult')).toEqual(consult);
  expect(await at('n_pay')).toEqual(start);
});
