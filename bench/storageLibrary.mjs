// The library the storage bench measures: 500 processes like a multi-site clinic group would
// keep (mostly small ones with Chinese names, some medium, a few of 1,000 steps), generated
// deterministically and stored through the app's own repository (repo.importProcesses).
import { generateProcess, mulberry32 } from './generateProcess.mjs';

/** The processes the bench opens, saves and loads (both are also cards in the library). */
export const OPENED = [
  { key: 'baseline', label: '100 nodes / 5 lanes', id: 'p_bench0open0100', nodes: 100, lanes: 5 },
  { key: 'large', label: '1,000 nodes / 20 lanes', id: 'p_bench0open1000', nodes: 1000, lanes: 20 },
];
/** Library composition: 5 of 1,000 steps, 10 of 100 steps, the rest 10–40 steps. */
export const LIBRARY = { total: 500, large: 5, medium: 10, small: { min: 10, max: 40 } };

const DEPARTMENTS = [
  '门诊', '住院部', '急诊', '药房', '检验科', '影像科', '口腔科', '皮肤科', '医美中心', '体检中心', '客服中心', '财务部',
  '人事行政部', '采购部', '仓储物流', '信息科', '质控部', '市场部', '销售部', '会员中心', '前台', '护理部', '手术室', '康复科', '眼科',
];
const ACTIVITIES = [
  '挂号', '初诊接待', '复诊预约', '收费', '退费', '医保结算', '取药', '处方审核', '检验报告发放', '影像检查', '术前评估', '术后随访',
  '投诉处理', '会员办理', '储值卡充值', '员工入职', '员工离职', '费用报销', '采购申请', '供应商准入', '库存盘点', '设备报修', '合同审批',
  '发票开具', '满意度回访', '预约改期', '转诊', '病历归档', '耗材领用', '夜班交接',
];
const SUFFIXES = ['流程', '流程', '流程', '标准流程', '作业流程', '服务流程'];
const VARIANTS = ['', '', '', '', '', '（试行）', '（2024版）', '（2025修订）', '-东区分院', '-西区分院', '（旧版）', '（草稿）', ' v2', '（周末）'];
const ID_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * generateProcess, trying the next seeds when it throws: for some small sizes and seeds it makes
 * one node too many (a decision whose budget ran out still gets a one-step branch) and refuses.
 */
function generate(nodes, lanes, seed) {
  for (let s = seed; ; s += 100_000) {
    try {
      return generateProcess({ nodes, lanes, seed: s });
    } catch (e) {
      if (s > seed + 10 * 100_000) throw e;
    }
  }
}

/** Deterministic library content: [{ doc, size }] with unique ids and names. */
export function libraryDocuments(seed = 7) {
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const names = new Set();
  const name = () => {
    for (let tries = 0; ; tries++) {
      const n = `${pick(DEPARTMENTS)}${pick(ACTIVITIES)}${pick(SUFFIXES)}${pick(VARIANTS)}`;
      const unique = tries < 50 ? n : `${n}（${names.size}）`;
      if (!names.has(unique)) return names.add(unique), unique;
    }
  };
  // Ids like the app's own (model/ids.ts: "p_" + 12 of [0-9a-z]).
  const id = () => `p_${Array.from({ length: 12 }, () => pick(ID_CHARS)).join('')}`;

  const out = [];
  const add = (size, nodes, lanes, docSeed, fixed) => {
    const doc = generate(nodes, lanes, docSeed);
    out.push({ size, doc: { ...doc, id: fixed?.id ?? id(), name: name(), description: '' } });
  };
  for (const o of OPENED) add(o.key, o.nodes, o.lanes, 1, o);
  const opened = (n) => OPENED.filter((o) => o.nodes === n).length;
  for (let i = opened(1000); i < LIBRARY.large; i++) add('large', 1000, 20, 100 + i);
  for (let i = opened(100); i < LIBRARY.medium; i++) add('medium', 100, 5, 200 + i);
  while (out.length < LIBRARY.total) {
    const nodes = LIBRARY.small.min + Math.floor(rand() * (LIBRARY.small.max - LIBRARY.small.min + 1));
    add('small', nodes, 2 + Math.floor(rand() * 5), 1000 + out.length);
  }
  // Interleave, so the big ones are not all at one end of the "last edited" order.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Stores the library through window.__flowlane.repo in a page of the app, in batches of
 * importProcesses (one transaction each), then reads every process back through loadProcess so a
 * generator bug shows up here rather than as a strange number. Returns counts and timings.
 */
export async function seedLibrary(page, entries, batch = 25) {
  const t0 = Date.now();
  for (let i = 0; i < entries.length; i += batch) {
    const docs = entries.slice(i, i + batch).map((e) => e.doc);
    const stored = await page.evaluate((docs) => window.__flowlane.repo.importProcesses(docs, {}, {}), docs);
    if (stored.length !== docs.length) throw new Error(`importProcesses stored ${stored.length} of ${docs.length}`);
  }
  const storedMs = Date.now() - t0;
  const check = await page.evaluate(async (ids) => {
    const repo = window.__flowlane.repo;
    const listed = await repo.listProcesses({ trash: false });
    const bad = [];
    for (const id of ids) {
      const r = await repo.loadProcess(id);
      if (!r.ok) bad.push({ id, reason: r.reason, issues: r.issues?.slice(0, 3) });
    }
    return { listed: listed.length, bad };
  }, entries.map((e) => e.doc.id));
  if (check.listed !== entries.length) throw new Error(`the library lists ${check.listed} processes, expected ${entries.length}`);
  if (check.bad.length > 0) throw new Error(`stored processes that do not load:\n${JSON.stringify(check.bad, null, 2)}`);
  const bySize = {};
  for (const e of entries) bySize[e.size] = (bySize[e.size] ?? 0) + 1;
  return { processes: entries.length, bySize, storedMs, checkedMs: Date.now() - t0 - storedMs };
}
