// Auto-layout in the browser: ELK in its worker, the result drawn in lanes, one undo step.
import { expect, test, type Page } from '@playwright/test';
import { layoutDefects } from '../../src/layout/metrics';
import { generateProcess } from '../../src/layout/testProcesses';
import { EditorPage } from './pages/EditorPage';

test.use({ locale: 'zh-CN' });

type Box = { x: number; y: number; width: number; height: number };

/** Screen boxes of every lane band and every step, as drawn. */
async function drawnBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const lanes = Object.fromEntries([...document.querySelectorAll('.react-flow__node-lane')].map((el) => [el.getAttribute('data-id')!.replace('lane:', ''), box(el)]));
    const steps = [...document.querySelectorAll('.react-flow__node:not(.react-flow__node-lane):not(.react-flow__node-phase)')].map((el) => ({ id: el.getAttribute('data-id')!, box: box(el) }));
    return { lanes, steps };
  });
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

test('auto layout puts a messy process in its lanes without overlaps, as one undo step', async ({ page }, testInfo) => {
  const editor = new EditorPage(page);
  await editor.goto();
  const messy = generateProcess({ steps: 36, lanes: 5, phases: 3, seed: 5 });
  await editor.load(messy);
  await editor.fit();
  const before = await editor.doc();
  const history = await editor.historySize();

  await page.getByRole('button', { name: '自动布局' }).click();
  await expect.poll(async () => (await editor.doc()).diagram.nodes, { timeout: 30_000 }).not.toEqual(before.diagram.nodes);
  const after = await editor.doc();
  expect(layoutDefects(after)).toEqual({ overlaps: [], outsideLane: [], outsidePhase: [], againstFlow: [], notOrthogonal: [], throughSteps: [], labelsOverSteps: [] });
  expect(Object.keys(after.diagram.edgeRoutes)).toHaveLength(after.edges.length);
  expect(await editor.historySize()).toBe(history + 1);

  // What the user sees: every step inside its lane's band, no two steps on top of each other.
  await editor.fit();
  await expect(page.locator('.fl-canvas.is-animating-layout')).toHaveCount(0); // the steps have glided to their places
  const { lanes, steps } = await drawnBoxes(page);
  expect(steps).toHaveLength(messy.nodes.length);
  const laneOf = new Map(after.nodes.map((n) => [n.id, n.laneId]));
  for (const { id, box } of steps) {
    const lane = lanes[laneOf.get(id)!]!;
    expect(box.y, `${id} below its lane's top`).toBeGreaterThanOrEqual(lane.y - 1);
    expect(box.y + box.height, `${id} above its lane's bottom`).toBeLessThanOrEqual(lane.y + lane.height + 1);
  }
  for (let i = 0; i < steps.length; i++) for (let j = i + 1; j < steps.length; j++) expect(overlap(steps[i]!.box, steps[j]!.box), `${steps[i]!.id} / ${steps[j]!.id}`).toBe(false);
  // Labels are hidden when zoomed far out: zoom in until they show (overlap does not depend on zoom).
  await expect
    .poll(async () => {
      await page.keyboard.press('=');
      return page.locator('.fl-edge-label').count();
    })
    .toBeGreaterThan(0);
  const { steps: zoomedSteps } = await drawnBoxes(page);
  const labels = await page.locator('.fl-edge-label').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) for (const { id, box } of zoomedSteps) expect(overlap(label, box), `a label covers ${id}`).toBe(false);
  // Routed edges are drawn along the layout's bends (rounded corners are curves, the rest is square).
  const paths = await page.locator('.react-flow__edge-path').evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
  expect(paths.filter((d) => / Q/.test(d)).length).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('auto-layout.png'), fullPage: true });
  await testInfo.attach('auto-layout', { path: testInfo.outputPath('auto-layout.png'), contentType: 'image/png' });

  // A second press changes nothing; undo brings the messy drawing back in one step.
  await page.getByRole('button', { name: '自动布局' }).click();
  await expect(page.getByText('流程已经排好，没有任何移动。')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editor.doc()).diagram.nodes).toEqual(before.diagram.nodes);
});

test('roomy spacing spreads the process out, and vertical lanes flow from top to bottom', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.load(generateProcess({ steps: 20, lanes: 3, phases: 0, seed: 9 }));
  const extent = async () => {
    const d = await editor.doc();
    return Math.max(...Object.values(d.diagram.nodes).map((g) => g.x + g.w));
  };
  await page.keyboard.press('Shift+L');
  await expect.poll(async () => Object.keys((await editor.doc()).diagram.edgeRoutes).length, { timeout: 30_000 }).toBeGreaterThan(0);
  const normal = await extent();
  await page.getByRole('combobox', { name: '间距' }).selectOption({ label: '宽松' });
  await page.getByRole('button', { name: '自动布局' }).click();
  await expect.poll(extent, { timeout: 30_000 }).toBeGreaterThan(normal);

  await page.getByLabel('版式').selectOption({ index: 1 });
  await page.getByRole('button', { name: '自动布局' }).last().click();
  await expect.poll(async () => Object.keys((await editor.doc()).diagram.edgeRoutes).length > 0 && (await editor.doc()).diagram.orientation, { timeout: 30_000 }).toBe('vertical');
  const doc = await editor.doc();
  expect(layoutDefects(doc)).toEqual({ overlaps: [], outsideLane: [], outsidePhase: [], againstFlow: [], notOrthogonal: [], throughSteps: [], labelsOverSteps: [] });
  const start = doc.nodes.find((n) => n.kind === 'start')!;
  const end = doc.nodes.find((n) => n.kind === 'end')!;
  expect(doc.diagram.nodes[end.id]!.x).toBeGreaterThan(doc.diagram.nodes[start.id]!.x); // x is "along the flow": down the page
});
