// Frame-time measurement in a Playwright page: an in-page rAF recorder with a long-task
// observer, CDP Performance metrics, and browser input streamed at a fixed rate.
import { median, quantile, round, sleep } from './support.mjs';

/** Step nodes on the canvas (React Flow nodes that are not lane or phase backdrops). */
export const STEP_SELECTOR = '.react-flow__node:not(.react-flow__node-lane):not(.react-flow__node-phase)';
export const CDP_METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'LayoutCount', 'RecalcStyleCount'];
/** Input rate, like a 60 Hz mouse or trackpad (events are not held back for a slow page). */
export const INPUT_INTERVAL_MS = 1000 / 60;

export const frameStats = (intervals) => ({
  frames: intervals.length,
  median: median(intervals),
  p95: quantile(intervals, 0.95),
  max: Math.max(...intervals),
  over50: intervals.filter((x) => x > 50).length,
});

/** Installs the frame recorder (rAF loop + long-task observer); idempotent per page. */
export async function installRecorder(page) {
  await page.evaluate(() => {
    window.__bench = {
      start() {
        const rec = { stamps: [], longTasks: [], running: true, marks: {} };
        rec.observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
        });
        rec.observer.observe({ type: 'longtask', buffered: false });
        const tick = (t) => {
          if (!rec.running) return;
          rec.stamps.push(t);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        rec.onUp = (e) => {
          const t0 = e.timeStamp;
          requestAnimationFrame(() => requestAnimationFrame(() => (rec.marks.dropMs = performance.now() - t0)));
        };
        window.addEventListener('mouseup', rec.onUp, { capture: true, once: true });
        rec.events = 0;
        rec.onInput = () => rec.events++;
        window.addEventListener('mousemove', rec.onInput, { capture: true });
        window.addEventListener('wheel', rec.onInput, { capture: true, passive: true });
        window.__benchRec = rec;
      },
      async stop() {
        const rec = window.__benchRec;
        // Two more frames so the last input's work is in the record.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        rec.running = false;
        for (const e of rec.observer.takeRecords()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
        rec.observer.disconnect();
        window.removeEventListener('mouseup', rec.onUp, { capture: true });
        window.removeEventListener('mousemove', rec.onInput, { capture: true });
        window.removeEventListener('wheel', rec.onInput, { capture: true });
        const intervals = rec.stamps.slice(1).map((t, i) => t - rec.stamps[i]);
        return { intervals, longTasks: rec.longTasks, marks: rec.marks, events: rec.events };
      },
      /** Resolves once `quietFrames` consecutive frames were shorter than 25 ms (or on timeout). */
      settle(quietFrames = 10, timeoutMs = 15_000) {
        const t0 = performance.now();
        return new Promise((resolve) => {
          let last = null;
          let quiet = 0;
          const tick = (t) => {
            if (last !== null) quiet = t - last < 25 ? quiet + 1 : 0;
            last = t;
            const elapsed = performance.now() - t0;
            if (quiet >= quietFrames || elapsed > timeoutMs) resolve({ ms: elapsed, timedOut: quiet < quietFrames });
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        });
      },
      counts() {
        return {
          stepNodes: document.querySelectorAll('.react-flow__node:not(.react-flow__node-lane):not(.react-flow__node-phase)').length,
          edges: document.querySelectorAll('.react-flow__edge').length,
          domNodes: document.getElementsByTagName('*').length,
        };
      },
      viewport() {
        const m = getComputedStyle(document.querySelector('.react-flow__viewport')).transform;
        const v = new DOMMatrixReadOnly(m);
        return { x: v.e, y: v.f, zoom: v.a };
      },
    };
  });
}

export async function cdpMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}
export const metricDelta = (before, after) =>
  Object.fromEntries(
    CDP_METRICS.map((k) => [k, k.endsWith('Duration') ? round((after[k] - before[k]) * 1000, 1) : after[k] - before[k]]),
  );

/**
 * Sends `count` input events at a steady ~60 Hz, like a real mouse or trackpad: each event is
 * dispatched on schedule WITHOUT waiting for the page to acknowledge the previous one, and
 * Chromium queues and coalesces them as it does for OS input. (Awaiting each event, as
 * page.mouse.move does, gates the input on the page: a slow page then simply receives fewer
 * moves, and the idle frames between them pull the median frame time down to 16.7 ms even when
 * every frame that carries a move takes ~60 ms. Measured while writing this bench.)
 */
export async function streamInput(cdp, count, eventAt) {
  const t0 = Date.now();
  const pending = [];
  for (let i = 1; i <= count; i++) {
    const wait = t0 + i * INPUT_INTERVAL_MS - Date.now();
    if (wait > 0) await sleep(wait);
    pending.push(cdp.send('Input.dispatchMouseEvent', eventAt(i)));
  }
  const sentMs = Date.now() - t0;
  await Promise.all(pending);
  return { sentMs, ackedMs: Date.now() - t0 };
}
