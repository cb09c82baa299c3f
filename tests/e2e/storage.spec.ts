// Processes live in the browser's storage: drawing survives a reload and closing the tab, the
// indicator says when a change is being stored, and a full disk is explained.
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { fixture, LibraryPage } from './pages/LibraryPage';

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('a process drawn from scratch is all there after a reload', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await page.getByRole('link', { name: '新建流程', exact: true }).click();
    const editor = new EditorPage(page);
    await editor.waitForEditor();

    await page.getByRole('button', { name: '添加第一条泳道' }).click();
    await editor.typeLabel('导诊');
    await editor.paletteItem(/^泳道/).click();
    await editor.typeLabel('收银');
    await editor.laneHeader('导诊').click();
    await editor.paletteItem(/^开始/).click();
    await editor.typeLabel('顾客到院');
    await editor.paletteItem(/^步骤/).click();
    await editor.typeLabel('登记');
    await editor.laneHeader('收银').click();
    await editor.paletteItem(/^步骤/).click();
    await editor.typeLabel('收费');
    await editor.connect('登记', '收费');
    await editor.waitUntilSaved();
    const drawn = await editor.doc();
    expect(drawn.nodes).toHaveLength(3);
    expect(drawn.edges).toHaveLength(2);

    await page.reload();
    await editor.waitForEditor();
    await expect(page.locator('.fl-lane-name')).toHaveText(['导诊', '收银']);
    for (const label of ['顾客到院', '登记', '收费']) await expect(editor.node(label)).toBeVisible();
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);
    expect(await editor.doc()).toEqual(drawn);
    expect(await library.stored(drawn.id)).toEqual(drawn);
  });

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
    expect(await again.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('flowlane-rescue:')))).toEqual([]);
  });
});

test('the indicator says Saving… while the change is being stored, then Saved', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.seed(fixture('clinic'));
  await page.goto('/#/p/p_clinic');
  const editor = new EditorPage(page);
  await editor.waitForEditor();
  await expect(editor.saveStatus()).toHaveText('Saved');

  // Another connection keeps a write transaction open on the library, so the save has to wait.
  await page.evaluate(
    () =>
      new Promise<void>((holding) => {
        const open = indexedDB.open('flowlane');
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('processes', 'readwrite').objectStore('processes');
          const held = window as unknown as { heldReads?: number };
          held.heldReads = 0;
          const busy = () => {
            held.heldReads! += 1;
            holding();
            if ((window as unknown as { holdStorage?: boolean }).holdStorage === false) return db.close();
            store.get('p_clinic').onsuccess = busy;
          };
          store.get('p_clinic').onsuccess = busy;
        };
      }),
  );
  await editor.node('登记').click();
  await page.keyboard.press('F2');
  await editor.typeLabel('挂号');
  await expect(editor.saveStatus()).toHaveText('Saving soon…');
  await expect(editor.saveStatus()).toHaveText('Saving…');
  await expect(editor.saveStatus()).toHaveAttribute('data-status', 'saving');
  // While the other connection keeps reading (hundreds of round trips), the save stays pending.
  const reads = await page.evaluate(() => (window as unknown as { heldReads: number }).heldReads);
  await page.waitForFunction((n) => (window as unknown as { heldReads: number }).heldReads > n + 200, reads);
  await expect(editor.saveStatus()).toHaveText('Saving…');

  await page.evaluate(() => ((window as unknown as { holdStorage?: boolean }).holdStorage = false));
  await expect(editor.saveStatus()).toHaveText('Saved');
  expect((await library.stored('p_clinic')).nodes.find((n) => n.id === 'n_reg')?.label).toBe('挂号');
});

test('a full disk: a clear message, the last saved version kept, and saving resumes once there is space', async ({ page }) => {
  await page.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { diskFull?: boolean }).diskFull) throw new DOMException('The disk is full.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  const library = new LibraryPage(page);
  await library.goto();
  await library.seed(fixture('clinic'));
  await page.goto('/#/p/p_clinic');
  const editor = new EditorPage(page);
  await editor.waitForEditor();
  const saved = await library.stored('p_clinic');
  const setDiskFull = (full: boolean) => page.evaluate((f) => ((window as unknown as { diskFull?: boolean }).diskFull = f), full);

  await setDiskFull(true);
  await editor.node('登记').click();
  await page.keyboard.press('F2');
  await editor.typeLabel('挂号');
  await expect(editor.saveStatus()).toHaveText('Not saved: storage full');
  const banner = page.getByTestId('session-banner');
  await expect(banner).toHaveAttribute('data-reason', 'quota');
  await expect(banner).toContainText("The browser's storage is full, so recent changes are not saved (the last saved version is kept).");
  await expect(banner).toContainText('emptying the trash or deleting processes');
  await expect(banner).toContainText('export this process to a file');
  expect(await library.stored('p_clinic')).toEqual(saved);

  // With space again, the next change stores both.
  await setDiskFull(false);
  await editor.node('收费').click();
  await page.keyboard.press('F2');
  await editor.typeLabel('结账');
  await editor.waitUntilSaved();
  await expect(banner).toHaveCount(0);
  const labels = (await library.stored('p_clinic')).nodes.map((n) => n.label);
  expect(labels).toEqual(expect.arrayContaining(['挂号', '结账']));

  // Library actions on a full disk say so and change nothing.
  await library.goto();
  const before = await library.database();
  await setDiskFull(true);
  await library.cardButton('门诊接待', 'Duplicate');
  await expect(library.notice()).toContainText("The browser's storage is full; nothing was changed.");
  await library.cardButton('门诊接待', 'Rename');
  const rename = page.getByRole('textbox', { name: 'Rename' });
  await rename.fill('改不了');
  await rename.press('Enter');
  await expect(library.notice()).toContainText("The browser's storage is full; nothing was changed.");
  await expect(library.card('门诊接待')).toBeVisible();
  expect(await library.database()).toEqual(before);
});

test.describe('changes rescued from a closed tab', () => {
  /** What a tab leaves in localStorage when it is closed before its last changes are stored. */
  const leaveRescueCopy = (page: import('@playwright/test').Page, baseRevision: number, label: string) =>
    page.evaluate(
      async ({ baseRevision, label }) => {
        const loaded = await window.__flowlane.repo.loadProcess('p_clinic');
        if (!loaded.ok) throw new Error('not stored');
        const doc = { ...loaded.doc, nodes: loaded.doc.nodes.map((n) => (n.id === 'n_reg' ? { ...n, label } : n)) };
        localStorage.setItem('flowlane-rescue:p_clinic', JSON.stringify({ processId: 'p_clinic', baseRevision, savedAt: Date.now(), doc }));
      },
      { baseRevision, label },
    );

  test('are kept in the history, not applied, when the process was saved elsewhere meanwhile', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.seed(fixture('clinic'));
    await leaveRescueCopy(page, 1, '挂号');
    await page.evaluate(() => window.__flowlane.repo.renameProcess('p_clinic', '别处改过')); // revision 2
    const stored = await library.stored('p_clinic');

    // Shown in the library.
    await page.reload();
    await library.waitForList();
    await expect(library.notice()).toContainText('A tab was closed before it had stored its last changes to “别处改过”');
    await expect(library.notice()).toContainText('Unsaved changes from a closed tab');
    expect(await library.stored('p_clinic')).toEqual(stored);
    const [rescued] = (await library.snapshots('p_clinic')).filter((s) => s.kind === 'rescued');
    expect((await library.snapshotDocument(rescued!.id)).nodes.find((n) => n.id === 'n_reg')?.label).toBe('挂号');
    await library.notice().getByRole('button', { name: 'Close' }).click();

    // Or when the process itself is opened; the notice leads to the history.
    await leaveRescueCopy(page, 1, '预约');
    await page.goto('/#/p/p_clinic');
    const editor = new EditorPage(page);
    await editor.waitForEditor();
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('“别处改过”');
    await notice.getByRole('button', { name: 'History' }).click();
    await expect(page.getByTestId('history-list').locator('li').filter({ hasText: 'Unsaved changes from a closed tab' })).toHaveCount(2);
    await expect(editor.node('登记')).toBeVisible();
    expect(await library.stored('p_clinic')).toEqual(stored);
    expect(await page.evaluate(() => localStorage.getItem('flowlane-rescue:p_clinic'))).toBeNull();
  });

  test.describe('in Chinese', () => {
    test.use({ locale: 'zh-CN' });

    test('are stored when nothing was saved since, and the user is told in Chinese otherwise', async ({ page }) => {
      const library = new LibraryPage(page);
      await library.goto();
      await library.seed(fixture('clinic'));
      await leaveRescueCopy(page, 1, '挂号');
      await page.reload();
      await library.waitForList();
      await expect.poll(async () => (await library.stored('p_clinic')).nodes.find((n) => n.id === 'n_reg')?.label).toBe('挂号');
      await expect(library.notice()).toHaveCount(0);

      await leaveRescueCopy(page, 1, '预约'); // the stored revision is 2 now
      await page.reload();
      await library.waitForList();
      await expect(library.notice()).toContainText('有个标签页在关闭前没来得及保存对“门诊接待”的最后修改');
    });
  });
});
