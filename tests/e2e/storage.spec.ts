// Processes live in the browser's storage: drawing survives a reload and closing the tab.
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { fixture, LibraryPage } from './pages/LibraryPage';

test.use({ locale: 'zh-CN' });

test('a process closed right after an edit has the edit when opened again', async ({ page, context }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.seed(fixture('clinic'));
  await page.goto('/#/p/p_clinic');
  const editor = new EditorPage(page);
  await editor.waitForEditor();
  await expect(editor.saveStatus()).toHaveAttribute('data-status', 'saved');

  await editor.node('登记').click();
  await page.keyboard.press('F2');
  await editor.typeLabel('挂号');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto('/#/p/p_clinic');
  const reopened = new EditorPage(again);
  await reopened.waitForEditor();
  await expect(reopened.node('挂号')).toBeVisible();
  expect((await reopened.doc()).nodes.find((n) => n.id === 'n_reg')?.label).toBe('挂号');
  expect((await new LibraryPage(again).stored('p_clinic')).nodes.find((n) => n.id === 'n_reg')?.label).toBe('挂号');
});
