// Versions of a process: one kept when it is opened, one kept by hand with a name, previewed and
// restored; the restore keeps the current state first and is undone like any other change.
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { fixture, LibraryPage } from './pages/LibraryPage';

test('a named version is kept, previewed and restored, and the restore can be undone', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.seed(fixture('clinic'));
  const original = await library.stored('p_clinic');
  await page.goto('/#/p/p_clinic');
  const editor = new EditorPage(page);
  await editor.waitForEditor();

  const history = page.getByRole('dialog', { name: 'Versions of this process' });
  const versions = page.getByTestId('history-list').locator('li');
  await page.getByRole('button', { name: 'History' }).click();
  await expect(versions).toHaveCount(1);
  await expect(versions.first()).toContainText('When opened');

  await history.getByRole('textbox', { name: 'Version name' }).fill('培训前定稿');
  await history.getByRole('button', { name: 'Keep this version' }).click();
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('培训前定稿');
  await expect(versions.first()).toContainText('6 steps');
  const named = (await library.snapshots('p_clinic')).find((s) => s.kind === 'manual');
  expect(named?.name).toBe('培训前定稿');
  expect(await library.snapshotDocument(named!.id)).toEqual(original);
  await history.getByRole('button', { name: 'Close' }).click();

  // Delete a step; it is saved.
  await editor.node('咨询').click();
  await page.keyboard.press('Delete');
  await expect(editor.node('咨询')).toHaveCount(0);
  await editor.waitUntilSaved();
  const edited = await library.stored('p_clinic');
  expect(edited.nodes.map((n) => n.id)).not.toContain('n_consult');

  // Preview, then restore the named version.
  await page.getByRole('button', { name: 'History' }).click();
  const item = versions.filter({ hasText: '培训前定稿' });
  await item.getByRole('button', { name: 'Preview' }).click();
  await expect(item.getByRole('img', { name: '培训前定稿' })).toBeVisible();
  await item.getByRole('button', { name: 'Restore' }).click();
  await expect(history).toHaveCount(0);
  await expect(page.getByTestId('notice')).toContainText('The version is restored.');
  await expect(editor.node('咨询')).toBeVisible();
  await editor.waitUntilSaved();
  expect(await library.stored('p_clinic')).toEqual(original);
  const before = (await library.snapshots('p_clinic')).find((s) => s.kind === 'beforeRestore');
  expect(await library.snapshotDocument(before!.id)).toEqual(edited);

  // The restore is one undo step.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo: restore an earlier version');
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+z');
  await expect(editor.node('咨询')).toHaveCount(0);
  await editor.waitUntilSaved();
  expect(await library.stored('p_clinic')).toEqual(edited);

  // Everything is still there after a reload.
  await page.reload();
  await editor.waitForEditor();
  await expect(editor.node('咨询')).toHaveCount(0);
  await page.getByRole('button', { name: 'History' }).click();
  await expect(versions.filter({ hasText: '培训前定稿' })).toHaveCount(1);
  await expect(versions.filter({ hasText: 'Before a restore' })).toHaveCount(1);
});
