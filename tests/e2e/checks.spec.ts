// The check panel: each kind of problem is listed, a click selects the element and brings it into
// view, and fixing the problem in the editor makes the finding go away.
import { expect, test, type Locator } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { processDoc } from './support/docs';

test.use({ locale: 'zh-CN' });

/** Scrolls the process out of view, clicks the finding and checks that `shown` comes back into view. */
async function openFinding(editor: EditorPage, code: string, shown: Locator[]) {
  await editor.scrollAway();
  for (const element of shown) await expect.poll(() => editor.isOnScreen(element)).toBe(false);
  await editor.finding(code).click();
  for (const element of shown) await expect.poll(() => editor.isOnScreen(element)).toBe(true);
}

test('no start and no end: listed for the process, fixed by adding a start and an end', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.load(processDoc([['l_a', '前台']], [{ id: 'n_a', kind: 'task', lane: 'l_a', x: 100, label: '接待' }], []));
  await editor.fit();

  await expect(editor.finding('noStart')).toHaveText('流程没有开始：请添加一个“开始”，表示案例从哪里进入。');
  await expect(editor.finding('noEnd')).toHaveText('流程没有结束：请添加一个“结束”，表示案例在哪里完成。');
  await expect(editor.finding('noStart')).toHaveClass(/is-error/);
  await expect(page.getByTestId('check-summary')).toContainText('3 个错误');

  // A finding about the whole process selects nothing and shows the whole process.
  await editor.node('接待').click();
  await openFinding(editor, 'noStart', [editor.node('接待')]);
  await expect.poll(() => editor.selection()).toEqual({ nodes: [], edges: [], lane: null, phase: null });
  await expect(page.getByTestId('process-properties')).toBeVisible();

  await editor.fit();
  await editor.node('接待').click();
  await page.keyboard.press('s');
  await editor.typeLabel('顾客到店');
  await expect(editor.finding('noStart')).toHaveCount(0);
  await expect(editor.finding('noEnd')).toHaveCount(1);

  await editor.node('接待').click();
  await page.keyboard.press('e');
  await editor.typeLabel('离店');
  await expect(editor.finding('noEnd')).toHaveCount(0);
  await expect(editor.finding('deadEnd')).toHaveCount(1); // 顾客到店 leads nowhere yet
});

test('an unreachable step: selected and shown, fixed by connecting it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.load(
    processDoc(
      [['l_a', '前台']],
      [
        { id: 'n_s', kind: 'start', lane: 'l_a', x: 40, y: 58, label: '来电' },
        { id: 'n_a', kind: 'task', lane: 'l_a', x: 140, label: '登记' },
        { id: 'n_e', kind: 'end', lane: 'l_a', x: 400, y: 58, label: '结束' },
        { id: 'n_b', kind: 'task', lane: 'l_a', x: 560, label: '回访' },
      ],
      [['e1', 'n_s', 'n_a'], ['e2', 'n_a', 'n_e']],
    ),
  );
  await editor.fit();
  await expect(editor.finding('unreachable')).toHaveText('“回访”从任何开始都无法到达。');

  await openFinding(editor, 'unreachable', [editor.node('回访')]);
  await expect.poll(async () => (await editor.selection()).nodes).toEqual(['n_b']);
  await expect(editor.node('回访')).toHaveClass(/selected/);
  await expect(page.getByTestId('node-properties').getByLabel('名称', { exact: true })).toHaveValue('回访');

  await editor.fit();
  await editor.connect('登记', '回访');
  await expect(editor.finding('unreachable')).toHaveCount(0);
  await expect(editor.finding('deadEnd')).toHaveText('“回访”没有出路：请连接到下一步或结束。');
  expect((await editor.doc()).edges.some((e) => e.source === 'n_a' && e.target === 'n_b')).toBe(true);
});

test('decision shares that do not add up to 100 %: fixed in the branch shares', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.load(
    processDoc(
      [['l_a', '收银']],
      [
        { id: 'n_s', kind: 'start', lane: 'l_a', x: 40, y: 58, label: '结账' },
        { id: 'n_d', kind: 'decision', lane: 'l_a', x: 140, y: 34, label: '付款方式?' },
        { id: 'n_card', kind: 'task', lane: 'l_a', x: 320, y: 16, label: '刷卡' },
        { id: 'n_cash', kind: 'task', lane: 'l_a', x: 320, y: 90, label: '现金' },
        { id: 'n_e', kind: 'end', lane: 'l_a', x: 540, y: 58, label: '完成' },
      ],
      [
        ['e1', 'n_s', 'n_d'],
        ['e_card', 'n_d', 'n_card', { probability: 0.5 }],
        ['e_cash', 'n_d', 'n_cash', { probability: 0.3 }],
        ['e4', 'n_card', 'n_e'],
        ['e5', 'n_cash', 'n_e'],
      ],
    ),
  );
  await editor.fit();
  await expect(editor.finding('decisionProbabilitySum')).toHaveText('判断“付款方式?”：分支比例合计 80 %,不是 100 %。');
  await expect(editor.finding('decisionProbabilitySum')).toHaveClass(/is-warning/);

  await openFinding(editor, 'decisionProbabilitySum', [editor.node('付款方式?')]);
  await expect.poll(async () => (await editor.selection()).nodes).toEqual(['n_d']);
  const branches = page.getByTestId('node-properties').getByRole('group', { name: '分支' });
  await expect(branches.locator('.fl-field-error')).toHaveText('比例合计 80 %（应为 100 %）');

  const cash = branches.getByLabel('到“现金”');
  await cash.fill('50');
  await cash.press('Enter');
  await expect(editor.finding('decisionProbabilitySum')).toHaveCount(0);
  await expect(page.getByTestId('check-panel')).toContainText('没有发现问题。');
});

test('a parallel split without a join: fixed by adding a join where both branches meet', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.load(
    processDoc(
      [['l_a', '药房'], ['l_b', '器械室']],
      [
        { id: 'n_s', kind: 'start', lane: 'l_a', x: 40, y: 58, label: '接单' },
        { id: 'n_p', kind: 'parallelSplit', lane: 'l_a', x: 140, y: 54, label: '分头准备' },
        { id: 'n_a', kind: 'task', lane: 'l_a', x: 260, label: '备药' },
        { id: 'n_b', kind: 'task', lane: 'l_b', x: 260, label: '备器械' },
        { id: 'n_e', kind: 'end', lane: 'l_b', x: 760, y: 58, label: '送达' },
      ],
      [['e1', 'n_s', 'n_p'], ['e2', 'n_p', 'n_a'], ['e3', 'n_p', 'n_b', { handoff: { what: '单据', how: 'paper', note: '' } }], ['e4', 'n_a', 'n_e', { handoff: { what: '药', how: 'inPerson', note: '' } }], ['e5', 'n_b', 'n_e']],
    ),
  );
  await editor.fit();
  await expect(editor.finding('splitWithoutJoin')).toHaveText('并行分支“分头准备”没有让所有分支重新汇合的汇合点。');

  await openFinding(editor, 'splitWithoutJoin', [editor.node('分头准备')]);
  await expect.poll(async () => (await editor.selection()).nodes).toEqual(['n_p']);
  await expect(page.getByTestId('node-properties').getByRole('heading', { name: '并行分支' })).toBeVisible();

  // J after 备药 adds a join connected to it; then 备器械 is connected to the join too.
  await editor.fit();
  await editor.node('备药').click();
  await page.keyboard.press('j');
  await editor.typeLabel('备齐');
  await expect(editor.finding('splitWithoutJoin')).toHaveCount(1);
  await editor.connect('备器械', '备齐');
  await expect(editor.finding('splitWithoutJoin')).toHaveCount(0);
  await expect(editor.finding('joinWithoutSplit')).toHaveCount(0);
});

test('an empty lane: its header is selected and shown, fixed by moving a step into it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.load(
    processDoc(
      [['l_a', '前台'], ['l_b', '后勤']],
      [
        { id: 'n_s', kind: 'start', lane: 'l_a', x: 40, y: 58, label: '到店' },
        { id: 'n_a', kind: 'task', lane: 'l_a', x: 140, label: '打扫' },
        { id: 'n_e', kind: 'end', lane: 'l_a', x: 400, y: 58, label: '离店' },
      ],
      [['e1', 'n_s', 'n_a'], ['e2', 'n_a', 'n_e']],
    ),
  );
  await editor.fit();
  await expect(editor.finding('emptyLane')).toHaveText('泳道“后勤”没有任何步骤。');
  await expect(editor.finding('emptyLane')).toHaveClass(/is-info/);

  await openFinding(editor, 'emptyLane', [editor.laneHeader('后勤')]);
  await expect.poll(async () => (await editor.selection()).lane).toBe('l_b');
  await expect(editor.lane('后勤')).toHaveClass(/is-selected/);
  await expect(page.getByTestId('lane-properties').getByLabel('名称')).toHaveValue('后勤');

  await editor.fit();
  await editor.dragNodeIntoLane('打扫', '后勤');
  await expect(editor.finding('emptyLane')).toHaveCount(0);
  expect((await editor.doc()).nodes.find((n) => n.id === 'n_a')?.laneId).toBe('l_b');
});

test('work bouncing between two lanes: the first flow is selected, fixed by moving a step', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  const handoff = { handoff: { what: '病历', how: 'inPerson' as const, note: '' } };
  await editor.load(
    processDoc(
      [['l_x', '导诊'], ['l_y', '医生']],
      [
        { id: 'n_s', kind: 'start', lane: 'l_x', x: 40, y: 58, label: '到院' },
        { id: 'n_x1', kind: 'task', lane: 'l_x', x: 120, label: '接待' },
        { id: 'n_y1', kind: 'task', lane: 'l_y', x: 320, label: '初诊' },
        { id: 'n_x2', kind: 'task', lane: 'l_x', x: 520, label: '取号' },
        { id: 'n_y2', kind: 'task', lane: 'l_y', x: 720, label: '复诊' },
        { id: 'n_e', kind: 'end', lane: 'l_y', x: 920, y: 58, label: '离院' },
      ],
      [['e0', 'n_s', 'n_x1'], ['e1', 'n_x1', 'n_y1', handoff], ['e2', 'n_y1', 'n_x2', handoff], ['e3', 'n_x2', 'n_y2', handoff], ['e4', 'n_y2', 'n_e']],
    ),
  );
  await editor.fit();
  await expect(editor.finding('pingPong')).toHaveText('工作在“导诊”和“医生”之间来回往返。');

  await openFinding(editor, 'pingPong', [editor.node('接待'), editor.node('初诊')]);
  await expect.poll(async () => (await editor.selection()).edges).toEqual(['e1']);
  await expect(page.getByTestId('edge-properties')).toContainText('从“接待”到“初诊”');

  // 取号 is done by the doctor's lane instead: the work no longer goes back and forth.
  await editor.fit();
  await editor.node('取号').click();
  await page.getByTestId('node-properties').getByLabel('泳道').selectOption({ label: '医生' });
  await expect(editor.finding('pingPong')).toHaveCount(0);
  expect((await editor.doc()).nodes.find((n) => n.id === 'n_x2')?.laneId).toBe('l_y');
});

test('a step needing an item nobody produces: fixed by producing it in the step before', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.load(
    processDoc(
      [['l_a', '门诊']],
      [
        { id: 'n_s', kind: 'start', lane: 'l_a', x: 40, y: 58, label: '到院' },
        { id: 'n_a', kind: 'task', lane: 'l_a', x: 140, label: '挂号' },
        { id: 'n_b', kind: 'task', lane: 'l_a', x: 340, label: '看诊', needs: ['病历'] },
        { id: 'n_e', kind: 'end', lane: 'l_a', x: 540, y: 58, label: '离院' },
      ],
      [['e1', 'n_s', 'n_a'], ['e2', 'n_a', 'n_b'], ['e3', 'n_b', 'n_e']],
    ),
  );
  await editor.fit();
  await expect(editor.finding('missingInput')).toHaveText('“看诊”需要“病历”，但之前没有任何步骤产出它。');

  await openFinding(editor, 'missingInput', [editor.node('看诊')]);
  await expect.poll(async () => (await editor.selection()).nodes).toEqual(['n_b']);
  await expect(page.getByTestId('node-properties').getByLabel('需要')).toHaveValue('病历');

  await editor.fit();
  await editor.node('挂号').click();
  const produces = page.getByTestId('node-properties').getByLabel('产出');
  await produces.fill('病历');
  await produces.press('Enter');
  await expect(editor.finding('missingInput')).toHaveCount(0);
  await expect(page.getByTestId('check-panel')).toContainText('没有发现问题。');
});
