// Flows: moving an end of a flow to another step by dragging the arrow's end, which sits where
// the line actually ends.
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

test('the end of a flow can be dragged onto another step, as one undo step', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.loadFixture('clinic');

  // 收费 → 离院: the reconnect anchor at the arrow head is on 离院's facing side.
  const edge = page.getByTestId('rf__edge-e_leave');
  await edge.hover();
  const anchor = await edge.locator('.react-flow__edgeupdater-target').boundingBox();
  const end = await editor.node('离院').boundingBox();
  const consult = await editor.node('咨询').boundingBox();
  if (!anchor || !end || !consult) throw new Error('not visible');
  const anchorCentre = { x: anchor.x + anchor.width / 2, y: anchor.y + anchor.height / 2 };
  expect(Math.abs(anchorCentre.x - end.x)).toBeLessThan(12);
  expect(Math.abs(anchorCentre.y - (end.y + end.height / 2))).toBeLessThan(12);

  // Dropped in the middle of the step, not on one of its connection dots.
  await editor.drag(anchorCentre, { x: consult.x + consult.width / 2, y: consult.y + consult.height / 2 });
  await expect.poll(async () => (await editor.doc()).edges.find((e) => e.id === 'e_leave')?.target).toBe('n_consult');
  expect((await editor.doc()).edges).toHaveLength(6); // moved, not copied

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editor.doc()).edges.find((e) => e.id === 'e_leave')?.target).toBe('n_end');
});
