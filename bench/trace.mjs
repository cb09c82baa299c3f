// Chromium performance trace (CDP Tracing, the "devtools.timeline" categories) of a page, reduced
// to main-thread time by kind of work: script, style, layout, paint, HTML parsing, GC … — the
// split a JS CPU profile cannot give (it shows all native work as "(program)").
import { round } from './support.mjs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', '__metadata'];

/** Starts tracing on a page's CDP session; call the returned function to stop and get the events. */
export async function startTrace(cdp) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

const KINDS = [
  ['GC', /GC|Scaveng|MarkCompact|Sweep/],
  ['style (UpdateLayoutTree)', /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet)$/],
  ['layout', /^(Layout|UpdateLayout|InvalidateLayout|ScheduleLayout)$/],
  ['paint, layerize, commit', /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|PaintImage|RasterTask|Decode.*|IntersectionObserverController::computeIntersections)$/],
  ['HTML parsing', /^(ParseHTML|HTMLDocumentParser::.*)$/],
  ['script compile', /compile|parseOnBackground|v8\.parse|V8\.Compile/i],
  ['script (JS run: React, React Flow, zod, Dexie, app …)', /^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|FireIdleCallback|v8\.run|RunMicrotask)/],
];
const kindOf = (name) => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other native (task overhead, IPC, IndexedDB, loading)';

/**
 * Main-thread time of the renderer that emitted the `endMark` user-timing mark, from that
 * frame's navigationStart (or the first event) to the mark: self time of nested trace events,
 * grouped by kind; "idle" is the rest of the window.
 */
export function summariseTrace(events, endMark) {
  const end = events.find((e) => e.name === endMark && e.cat?.includes('blink.user_timing'));
  if (!end) return null;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === end.pid && e.args?.name === 'CrRendererMain');
  const tid = main?.tid ?? end.tid;
  const starts = events.filter((e) => e.name === 'navigationStart' && e.pid === end.pid && e.ts <= end.ts);
  const thread = events.filter((e) => e.pid === end.pid && e.tid === tid && e.ts <= end.ts);
  const t0 = starts.length > 0 ? Math.max(...starts.map((e) => e.ts)) : Math.min(...thread.map((e) => e.ts));

  // Complete events: "X" as they are, "B"/"E" pairs joined.
  const spans = [];
  const open = [];
  for (const e of [...thread].sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X' && e.dur !== undefined) spans.push({ name: e.name, ts: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) spans.push({ name: b.name, ts: b.ts, end: e.ts });
    }
  }
  // Clip to the window, nest, and take self time (own duration minus direct children).
  const clipped = spans
    .map((s) => ({ ...s, ts: Math.max(s.ts, t0), end: Math.min(s.end, end.ts), child: 0 }))
    .filter((s) => s.end > s.ts)
    .sort((a, b) => a.ts - b.ts || b.end - a.end);
  const stack = [];
  let busy = 0;
  for (const s of clipped) {
    while (stack.length > 0 && stack.at(-1).end <= s.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.child += Math.min(s.end, parent.end) - s.ts;
    else busy += s.end - s.ts;
    stack.push(s);
  }
  const byKind = new Map(); // kind → { us, events, longestUs }
  for (const s of clipped) {
    const self = Math.max(0, s.end - s.ts - s.child);
    const k = s.name === 'RunTask' || s.name === 'ThreadControllerImpl::RunTask' ? 'other native (task overhead, IPC, IndexedDB, loading)' : kindOf(s.name);
    const entry = byKind.get(k) ?? byKind.set(k, { us: 0, events: 0, longestUs: 0 }).get(k);
    entry.us += self;
    // Passes of style, layout and paint (the events themselves, not nested helpers) and their size.
    if (s.name === 'Layout' || s.name === 'UpdateLayoutTree' || s.name === 'Paint') {
      entry.events += 1;
      entry.longestUs = Math.max(entry.longestUs, self);
    }
  }
  const windowUs = end.ts - t0;
  byKind.set('idle (main thread waiting: IndexedDB, network, frames)', { us: Math.max(0, windowUs - busy), events: 0, longestUs: 0 });
  return {
    windowMs: round(windowUs / 1000, 1),
    kinds: [...byKind]
      .sort((a, b) => b[1].us - a[1].us)
      .map(([kind, e]) => ({ kind, ms: round(e.us / 1000, 1), ...(e.events > 0 ? { passes: e.events, longestMs: round(e.longestUs / 1000, 1) } : {}) })),
  };
}
