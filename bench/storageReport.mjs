// The storage bench's report: statistics of samples, the table, the timeline breakdowns and the
// CPU-profile grouping. Printing only; the measuring is in storage.bench.mjs / storagePage.mjs.
import { median, quantile, round } from './support.mjs';

export function stats(values) {
  const xs = values.filter((x) => Number.isFinite(x));
  return {
    n: xs.length,
    median: round(median(xs), 1),
    p95: round(quantile(xs, 0.95), 1),
    min: round(Math.min(...xs), 1),
    max: round(Math.max(...xs), 1),
  };
}

/** Self time of a CPU profile by library / app folder / V8 pseudo-frame. */
const GROUPS = [
  ['zod (schema validation)', /node_modules\/zod\//],
  ['Dexie (+ dexie-react-hooks)', /node_modules\/dexie/],
  ['React (react-dom, scheduler)', /node_modules\/(react-dom|react|scheduler)\//],
  ['React Flow (@xyflow)', /node_modules\/@xyflow\//],
  ['zustand, zundo', /node_modules\/(zustand|zundo)\//],
  ['i18next', /node_modules\/(i18next|react-i18next|i18next-browser-languagedetector)\//],
  ['other libraries', /node_modules\//],
  ['app src/model (parse, integrity, migrations, checks, preview)', /^src\/model\//],
  ['app src/storage', /^src\/storage\//],
  ['app src/state', /^src\/state\//],
  ['app src/ui/canvas', /^src\/ui\/canvas\//],
  ['app src/ui (other)', /^src\/ui\//],
  ['app (other src)', /^src\//],
  ['(garbage collector)', /^\(garbage collector\)$/],
  ['(program): native work — HTML/script parsing, style, layout, paint, IndexedDB glue', /^\(program\)$/],
  ['(idle): main thread waiting (IndexedDB, network, frames)', /^\(idle\)$/],
  ['(root)', /^\(root\)$/],
];
export function profileGroups(sources) {
  const totals = new Map();
  for (const { source, selfMs } of sources) {
    const group = GROUPS.find(([, re]) => re.test(source))?.[0] ?? 'other (browser built-ins: structuredClone, JSON, …)';
    totals.set(group, (totals.get(group) ?? 0) + selfMs);
  }
  const busy = [...totals].filter(([g]) => !g.startsWith('(idle)') && g !== '(root)').reduce((a, [, ms]) => a + ms, 0);
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .map(([group, ms]) => ({ group, ms: round(ms, 1), shareOfBusy: group.startsWith('(idle)') || group === '(root)' ? null : round((100 * ms) / busy, 1) }));
}

const num = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const pad = (s, n, left = false) => (left ? String(s).padEnd(n) : String(s).padStart(n));

function table(rows) {
  const cols = [['operation', Math.max(...rows.map((r) => r[0].length)), true], ['n', 3], ['median', 7], ['p95', 7], ['min', 7], ['max', 7], ['target', 7], ['met', 4]];
  const line = (cells) => cells.map((c, i) => pad(c, cols[i][1], cols[i][2])).join(' | ');
  console.log(line(cols.map((c) => c[0])));
  console.log(cols.map((c) => '-'.repeat(c[1])).join('-+-'));
  for (const [label, s, target] of rows) {
    const met = target === undefined ? '' : s.median <= target ? 'yes' : 'NO';
    console.log(line([label, s.n, num(s.median), num(s.p95), num(s.min), num(s.max), target ?? '', met]));
  }
}

function timelineTable(title, columns, steps) {
  console.log(title);
  const w = 16;
  console.log(`  ${pad('', 66, true)}${columns.map(([name]) => pad(name, w)).join('')}`);
  for (const [label, f] of steps) console.log(`  ${pad(label, 66, true)}${columns.map(([, s]) => pad(f(s), w)).join('')}`);
}

export function printReport({ summary, warmUp, profiles, targets, seeded, large, baseline, repeats, inPage }) {
  const L = summary.large;
  const B = summary.baseline;
  const lib = summary.library;
  console.log('');
  console.log(`Flowlane storage benchmark (ms; ${repeats} fresh tabs per screen, ${inPage} loads and saves in each process tab; library of ${seeded.processes} processes;`);
  console.log(`1,000 nodes = ${large.label}, 100 nodes = ${baseline.label})`);
  table([
    [`save 1,000 nodes (repo.saveProcess, one step renamed)`, L.save],
    [`save 100 nodes`, B.save],
    [`load 1,000 nodes (repo.loadProcess): first in a fresh tab`, L.loadFirst],
    [`load 1,000 nodes: repeated in the tab`, L.loadRepeat],
    [`load 100 nodes: first in a fresh tab`, B.loadFirst],
    [`load 100 nodes: repeated in the tab`, B.loadRepeat],
    [`open 1,000 nodes, storage+parse only (loadProcess, fresh tab)`, L.loadFirst, targets.open],
    [`open 1,000 nodes, app started → editor painted (no page load)`, L.afterStart],
    [`open 1,000 nodes, FULL: new tab at #/p/<id> → editor painted`, L.open, targets.open],
    [`open 100 nodes, FULL (baseline)`, B.open],
    [`library of ${seeded.processes}: listProcesses, first in a fresh tab`, lib.listFirst],
    [`library of ${seeded.processes}: listProcesses, repeated in the tab`, lib.listRepeat],
    [`library of ${seeded.processes}, FULL: new tab at #/ → all thumbnails painted`, lib.open, targets.library],
  ]);
  console.log('');
  console.log(`The open figure is the FULL open a user experiences (a new tab's navigation until the editor is painted): it includes`);
  console.log(`loading and starting the app. "storage+parse only" is repo.loadProcess alone (IndexedDB read, structured clone, migrate and zod`);
  console.log(`validation); opening also keeps a snapshot on open (a write of the whole document, when the process changed since the last one).`);
  console.log('');

  const ms = (x) => num(x, 1);
  timelineTable('Where the time goes when opening a process (medians over fresh tabs; ms since the navigation started unless "Δ")', [['1,000 nodes', L], ['100 nodes', B]], [
    ['script loaded (index-*.js response end)', (s) => ms(s.scriptLoaded)],
    ['DOMContentLoaded', (s) => ms(s.domContentLoaded)],
    ['app started (scripts run, translations ready, hook installed)', (s) => ms(s.timeline.appStarted)],
    ['repo.loadProcess called', (s) => ms(s.timeline.loadStart)],
    ['Δ loadProcess (IndexedDB read + clone + migrate + validate)', (s) => ms(s.timeline.load)],
    ['    of which Dexie opening the database (first query in the tab)', (s) => ms(s.timeline.dbOpen)],
    ['    of which the reads and parsing after it was open', (s) => ms(s.timeline.loadAfterOpen)],
    ['    in-tab repeat: loadProcess', (s) => ms(s.loadRepeat.median)],
    ['    in-tab repeat: the same two IndexedDB gets, no validation', (s) => ms(s.read.median)],
    ['    ⇒ migrate + zod + integrity ≈ loadProcess − gets', (s) => ms(s.loadRepeat.median - s.read.median)],
    ['    structuredClone(doc) in the page (≈ IDB serialise+deserialise)', (s) => ms(s.clone.median)],
    ['    document size as JSON (KB)', (s) => num(s.bytes / 1024, 0)],
    ['Δ edit lock + createEditor', (s) => ms(s.timeline.lockAndEditor)],
    ['Δ snapshot on open (listSnapshots, getSummary, addSnapshot)', (s) => ms(s.timeline.snapshotOnOpen)],
    ['    tabs where a snapshot was written', (s) => `${s.snapshotWritten}/${s.open.n}`],
    ['storage done (session ready)', (s) => ms(s.timeline.storageEnd)],
    ['Δ → step nodes in the DOM (React render + commit, React Flow)', (s) => ms(s.timeline.renderToDom)],
    ['step nodes in the DOM', (s) => ms(s.timeline.firstStep)],
    ['isOpen() true', (s) => ms(s.timeline.isOpen)],
    ['Δ → painted (two frames: style, layout, paint)', (s) => ms(s.timeline.readyToPainted)],
    ['PAINTED (the figure)', (s) => ms(s.open.median)],
    ['long tasks up to painted: total / longest', (s) => `${num(s.longTaskMs, 0)} / ${num(s.longestTaskMs, 0)}`],
    ['step nodes rendered (only visible ones above 800 steps)', (s) => num(s.stepNodesInDom, 0)],
    ['save: repo.saveProcess', (s) => ms(s.save.median)],
    ['    raw documents.put of the same document in its own transaction', (s) => ms(s.write.median)],
  ]);
  console.log('');
  timelineTable('Where the time goes when opening the library (medians; ms since the navigation started unless "Δ")', [[`${seeded.processes} processes`, lib]], [
    ['app started', (s) => ms(s.timeline.appStarted)],
    ['repo.listProcesses called (by useLiveQuery)', (s) => ms(s.timeline.listStart)],
    ['Δ listProcesses (IndexedDB getAll of the summaries + clone)', (s) => ms(s.timeline.list)],
    ['    of which Dexie opening the database', (s) => ms(s.timeline.dbOpen)],
    ['    listProcesses calls per open', (s) => num(s.listCalls, 0)],
    ['    summaries as JSON (KB)', (s) => num(s.listBytes / 1024, 0)],
    ['first card in the DOM', (s) => ms(s.timeline.firstCard)],
    ['all cards with thumbnails in the DOM', (s) => ms(s.timeline.allCards)],
    ['Δ list returned → all cards in the DOM (React render + commit)', (s) => ms(s.timeline.renderToDom)],
    ['Δ → painted (two frames)', (s) => ms(s.timeline.readyToPainted)],
    ['PAINTED', (s) => ms(s.open.median)],
    ['long tasks up to painted: total / longest', (s) => `${num(s.longTaskMs, 0)} / ${num(s.longestTaskMs, 0)}`],
    ['DOM elements', (s) => num(s.domElements, 0)],
  ]);
  console.log('');
  console.log(
    `Warm-up opens (uncounted; the first of each screen after the library was stored, before V8's code cache and the OS file cache settle): library ${ms(warmUp.library.total)} ms, ` +
      `1,000 nodes ${ms(warmUp.large.total)} ms, 100 nodes ${ms(warmUp.baseline.total)} ms.`,
  );
  for (const [key, p] of Object.entries(profiles)) {
    console.log('');
    if (p.trace) {
      console.log(`Trace of one extra open (${key}, ${ms(p.totalMs)} ms to painted while traced and profiled): main-thread time by kind of work`);
      for (const k of p.trace.kinds.filter((k) => k.ms >= 0.5))
        console.log(`  ${ms(k.ms).padStart(8)} ms  ${k.kind}${k.passes ? ` — ${k.passes} passes, longest ${ms(k.longestMs)} ms` : ''}`);
    }
    console.log(`CPU profile of the same open: JS self time by origin, share of non-idle time:`);
    for (const g of p.groups.filter((g) => g.ms >= 0.5)) console.log(`  ${ms(g.ms).padStart(8)} ms ${g.shareOfBusy === null ? '      ' : `${num(g.shareOfBusy)}%`.padStart(6)}  ${g.group}`);
    console.log('  top functions (self time):');
    for (const t of p.top.slice(0, 10)) console.log(`  ${ms(t.selfMs).padStart(8)} ms ${`${num(t.share)}%`.padStart(6)}  ${t.fn}`);
    console.log('  app, React Flow, i18next, zod and Dexie functions by total time (callees included; React renders each component apart):');
    for (const t of p.inclusive.slice(0, 14)) console.log(`  ${ms(t.totalMs).padStart(8)} ms  ${t.fn}`);
  }
  console.log('');
}
