// The in-page side of the storage bench: a recorder installed before the app's own scripts
// (so it times a page from its navigation start), the fresh-page helper, and the timings taken
// inside a page through window.__flowlane.repo (the app's ProcessRepository).
import { installRecorder, STEP_SELECTOR } from './frames.mjs';
import { round } from './support.mjs';
import { startTrace, summariseTrace } from './trace.mjs';

const CARD = '[data-testid="process-card"]';

/**
 * Runs in the page before any of its scripts (page.addInitScript). All times are
 * performance.now(), i.e. milliseconds since the navigation started. It
 *  - notes when the app installs window.__flowlane (its code has run, translations are ready),
 *  - times every call of a few repository methods (start/end, by wrapping the instance's methods),
 *  - watches the DOM until the screen is there: for "process", window.__flowlane.isOpen() and a
 *    step node in the DOM; for "library", `expectCards` cards each with its thumbnail; then
 *    waits two animation frames (the frame with them has been painted) and resolves `done`.
 */
function recorder({ mode, expectCards, stepSelector, card, timeoutMs }) {
  if (!/^https?:$/.test(location.protocol) || location.pathname !== '/') return; // not the app
  const now = () => performance.now();
  const rec = { mode, marks: {}, calls: [], longTasks: [] };
  window.__storageBench = rec;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing: the breakdown just lacks it
  }
  const WRAPPED = ['loadProcess', 'listProcesses', 'getSummary', 'listSnapshots', 'addSnapshot', 'saveProcess'];
  let hook;
  Object.defineProperty(window, '__flowlane', {
    configurable: true,
    get: () => hook,
    set(value) {
      hook = value;
      rec.marks.hook ??= now();
      const repo = value.repo;
      // Dexie opens the database on the first query (IndexedDB open + schema check): time that too.
      const db = repo.db;
      if (db && typeof db.open === 'function') {
        const open = db.open;
        db.open = function timedOpen(...args) {
          const call = { name: 'db.open', start: now(), end: null };
          rec.calls.push(call);
          const result = open.apply(this, args);
          result.then(
            () => (call.end = now()),
            () => (call.end = now()),
          );
          return result;
        };
      }
      for (const name of WRAPPED) {
        const original = repo[name];
        repo[name] = function timed(...args) {
          const call = { name, start: now(), end: null };
          rec.calls.push(call);
          const result = original.apply(this, args);
          result.then(
            () => (call.end = now()),
            () => (call.end = now()),
          );
          return result;
        };
      }
    },
  });

  let finish;
  rec.done = new Promise((resolve) => (finish = resolve));
  let finished = false;
  let polling = false;
  const ready = () => {
    if (mode === 'process') {
      const step = document.querySelector(stepSelector);
      if (step && rec.marks.firstStep === undefined) rec.marks.firstStep = now();
      const open = !!hook && hook.isOpen();
      if (open && rec.marks.isOpen === undefined) rec.marks.isOpen = now();
      return !!step && open;
    }
    const cards = document.querySelectorAll(card).length;
    if (cards > 0 && rec.marks.firstCard === undefined) rec.marks.firstCard = now();
    return cards === expectCards && document.querySelectorAll(`${card} .fl-thumb`).length === expectCards;
  };
  const check = () => {
    if (finished) return;
    if (ready()) {
      finished = true;
      observer.disconnect();
      rec.marks.ready = now();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          rec.marks.painted = now();
          performance.mark('storage-bench-painted'); // ends the trace window (trace.mjs)
          finish(rec.marks);
        }),
      );
    } else if (mode === 'process' && rec.marks.firstStep !== undefined && !polling) {
      // isOpen() turns true in an effect after the commit that added the nodes: look again soon.
      polling = true;
      setTimeout(() => {
        polling = false;
        check();
      }, 0);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  setTimeout(() => {
    if (finished) return;
    finished = true;
    observer.disconnect();
    finish({ ...rec.marks, timedOut: true });
  }, timeoutMs);
}

/**
 * Opens `route` of the app in a new page (tab) of `context` and waits until the recorder says the
 * screen is painted. Returns the page (for further measurements; close it) and what was recorded.
 * With `diagnose`, the CDP CPU profiler and a performance trace run from before the navigation
 * until painted (they slow the page: such opens are not counted).
 */
export async function openFresh(context, url, route, { mode, expectCards = 0, diagnose = false, timeoutMs = 60_000 }) {
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.addInitScript(recorder, { mode, expectCards, stepSelector: STEP_SELECTOR, card: CARD, timeoutMs });
  let cdp = null;
  let stopTrace = null;
  if (diagnose) {
    cdp = await context.newCDPSession(page);
    stopTrace = await startTrace(cdp);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${url}${route}`, { waitUntil: 'domcontentloaded' });
  const marks = await page.evaluate(() => window.__storageBench.done);
  const profile = cdp ? (await cdp.send('Profiler.stop')).profile : null;
  const trace = stopTrace ? summariseTrace(await stopTrace(), 'storage-bench-painted') : null;
  if (cdp) await cdp.detach();
  if (marks.timedOut) throw new Error(`${route}: the ${mode} screen was not ready within ${timeoutMs} ms (marks ${JSON.stringify(marks)}; errors ${pageErrors.join(' | ')})`);
  const details = await page.evaluate(
    ({ painted, card, stepSelector }) => {
      const rec = window.__storageBench;
      const nav = performance.getEntriesByType('navigation')[0];
      const script = document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? 'unknown';
      const scriptTiming = performance.getEntriesByType('resource').find((r) => r.name.endsWith(script.replace(/^\//, '')));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const upTo = rec.longTasks.filter((t) => t.start < painted);
      return {
        build: script.replace(/^\//, ''),
        calls: rec.calls.map((c) => ({ ...c })),
        nav: {
          responseEnd: nav?.responseEnd ?? null,
          scriptLoaded: scriptTiming?.responseEnd ?? null,
          scriptFromCache: scriptTiming ? scriptTiming.transferSize === 0 : null,
          domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
          firstContentfulPaint: fcp,
        },
        longTasks: { count: upTo.length, totalMs: upTo.reduce((a, t) => a + t.duration, 0), longestMs: Math.max(0, ...upTo.map((t) => t.duration)) },
        dom: {
          stepNodes: document.querySelectorAll(stepSelector).length,
          cards: document.querySelectorAll(card).length,
          elements: document.getElementsByTagName('*').length,
        },
      };
    },
    { painted: marks.painted, card: CARD, stepSelector: STEP_SELECTOR },
  );
  return { page, marks, ...details, profile, trace, pageErrors };
}

/** The open process's timeline, from a recorder's marks and repository calls (ms since navigation). */
export function processTimeline(r) {
  const first = (name) => r.calls.find((c) => c.name === name) ?? null;
  const load = first('loadProcess');
  const listSnapshots = first('listSnapshots');
  const addSnapshot = first('addSnapshot');
  const summary = r.calls.find((c) => c.name === 'getSummary' && listSnapshots && c.start >= listSnapshots.start) ?? null;
  // openSession's storage work ends with the snapshot on open (or the check that skips it).
  const storageEnd = addSnapshot?.end ?? summary?.end ?? listSnapshots?.end ?? load?.end;
  const dbOpen = r.calls.find((c) => c.name === 'db.open') ?? null;
  const m = r.marks;
  return {
    total: m.painted,
    appStarted: m.hook, // navigation → scripts loaded and run, translations ready, hook installed
    loadStart: load?.start ?? null,
    load: load ? load.end - load.start : null, // IndexedDB read + structured clone + migrate/validate
    dbOpen: dbOpen ? dbOpen.end - dbOpen.start : null, // part of the first load: Dexie opening IndexedDB
    loadAfterOpen: load && dbOpen ? load.end - dbOpen.end : null,
    lockAndEditor: listSnapshots && load ? listSnapshots.start - load.end : null, // edit lock + createEditor
    snapshotOnOpen: listSnapshots ? storageEnd - listSnapshots.start : null,
    snapshotWritten: !!addSnapshot,
    storageEnd,
    renderToDom: m.firstStep - storageEnd, // setState → React render + commit of the editor and React Flow nodes
    firstStep: m.firstStep,
    isOpen: m.isOpen,
    readyToPainted: m.painted - m.ready, // two frames: style, layout, paint
  };
}

/** The library's timeline: app start, the app's own listProcesses call, first and all cards. */
export function libraryTimeline(r) {
  const list = r.calls.find((c) => c.name === 'listProcesses') ?? null;
  const dbOpen = r.calls.find((c) => c.name === 'db.open') ?? null;
  const m = r.marks;
  return {
    total: m.painted,
    appStarted: m.hook,
    listStart: list?.start ?? null,
    list: list ? list.end - list.start : null,
    dbOpen: dbOpen ? dbOpen.end - dbOpen.start : null,
    listCalls: r.calls.filter((c) => c.name === 'listProcesses').length,
    firstCard: m.firstCard,
    allCards: m.ready,
    renderToDom: list ? m.ready - list.end : null, // React render + commit of the cards and thumbnails
    readyToPainted: m.painted - m.ready,
  };
}

/** Waits until the page has rendered 10 quick frames in a row (it finished what opening started). */
async function settle(page) {
  await installRecorder(page);
  return page.evaluate(() => window.__bench.settle());
}

/**
 * In an open process's page: `repeats` loads (repo.loadProcess) with the raw IndexedDB reads it
 * makes (the two gets, no validation) for comparison, V8's structured clone of the document (what
 * IndexedDB does to a value on put and on get), then `repeats` saves of an edited document
 * (one step renamed each time, as autosave would store it), each with a raw documents.put in its
 * own transaction for comparison. The page's editor has the process open (as when autosave saves).
 */
export async function processInPage(page, id, repeats) {
  await settle(page);
  const out = await page.evaluate(
    async ({ id, repeats }) => {
      const repo = window.__flowlane.repo;
      const db = repo.db; // DexieRepository's database (a private field in TypeScript only)
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));
      const timed = async (f) => {
        const t0 = performance.now();
        const value = await f();
        return [performance.now() - t0, value];
      };
      const res = { load: [], read: [], clone: [], save: [], write: [] };
      let doc = null;
      let revision = 0;
      for (let i = 0; i < repeats; i++) {
        const [ms, r] = await timed(() => repo.loadProcess(id));
        if (!r.ok) throw new Error(`loadProcess(${id}): ${r.reason}`);
        res.load.push(ms);
        doc = r.doc;
        revision = r.revision;
        await frame();
        res.read.push((await timed(() => Promise.all([db.processes.get(id), db.documents.get(id)])))[0]);
        await frame();
      }
      for (let i = 0; i < repeats; i++) {
        const t0 = performance.now();
        structuredClone(doc);
        res.clone.push(performance.now() - t0);
      }
      const bytes = new Blob([JSON.stringify(doc)]).size;
      for (let i = 0; i < repeats; i++) {
        const k = (i * 37) % doc.nodes.length;
        const edited = { ...doc, nodes: doc.nodes.map((n, j) => (j === k ? { ...n, label: `${n.label}·` } : n)) };
        const [ms, r] = await timed(() => repo.saveProcess(edited, revision));
        if (!r.ok) throw new Error(`saveProcess(${id}): ${r.reason}`);
        res.save.push(ms);
        doc = edited;
        revision = r.revision;
        await frame();
        res.write.push((await timed(() => db.transaction('rw', db.documents, () => db.documents.put({ id, doc }))))[0]);
        await frame();
      }
      return { ...res, bytes };
    },
    { id, repeats },
  );
  for (const k of ['load', 'read', 'clone', 'save', 'write']) out[k] = out[k].map((x) => round(x, 2));
  return out;
}

/** In the library's page: `repeats` calls of repo.listProcesses({ trash: false }). */
export async function libraryInPage(page, repeats) {
  await settle(page);
  const out = await page.evaluate(async (repeats) => {
    const repo = window.__flowlane.repo;
    const list = [];
    let count = 0;
    let bytes = 0;
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      const rows = await repo.listProcesses({ trash: false });
      list.push(performance.now() - t0);
      count = rows.length;
      if (i === 0) bytes = new Blob([JSON.stringify(rows)]).size;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));
    }
    return { list, count, bytes };
  }, repeats);
  return { ...out, list: out.list.map((x) => round(x, 2)) };
}
