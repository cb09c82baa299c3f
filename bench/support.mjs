// Shared helpers for benchmarks: statistics, machine load, the vite preview server and CPU
// profile summaries. No benchmark logic here.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Debian's Chromium (never a downloaded one), and the flags every bench launches it with. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

// ---------------------------------------------------------------- statistics

export const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const quantile = (xs, q) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
export const round = (x, digits = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);
// ---------------------------------------------------------------- machine load

/**
 * CPU used by processes outside this bench (this node process, vite preview and Chromium are
 * all its descendants), in cores, from /proc. Other work on a small shared machine (tests, type
 * checks) inflates frame times, so each run records it and the report flags disturbed runs.
 */
const TICKS_PER_SECOND = 100; // USER_HZ on Linux
export function cpuSample() {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already inside user)
    const busy = cpu.slice(0, 8).reduce((a, b) => a + b, 0) - cpu[3] - cpu[4];
    const steal = cpu[7] ?? 0; // time the hypervisor gave our vCPUs to someone else
    const parent = new Map();
    const ticks = new Map();
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        parent.set(Number(pid), Number(f[1]));
        ticks.set(Number(pid), Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])); // utime stime cutime cstime
      } catch {
        // process ended meanwhile
      }
    }
    const mine = (pid) => {
      for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === process.pid) return true;
      return false;
    };
    let own = 0;
    for (const [pid, t] of ticks) if (mine(pid)) own += t;
    return { at: Date.now(), busy, own, steal };
  } catch {
    return null;
  }
}
/** Average cores taken by the hypervisor (steal) between two samples. */
export const stolenCores = (a, b) => (a && b ? (b.steal - a.steal) / TICKS_PER_SECOND / ((b.at - a.at) / 1000) : NaN);
/** Average cores used by other processes (and steal) between two samples. */
export const foreignCores = (a, b) =>
  a && b ? Math.max(0, (b.busy - a.busy - (b.own - a.own)) / TICKS_PER_SECOND / ((b.at - a.at) / 1000)) : NaN;

/** Waits (at most maxMs) until other processes use less than `cores` CPU cores. */
export async function waitForQuiet({ maxMs, cores: limit }) {
  const t0 = Date.now();
  let cores = NaN;
  while (Date.now() - t0 < maxMs) {
    const a = cpuSample();
    await sleep(2000);
    cores = foreignCores(a, cpuSample());
    if (!(cores >= limit)) break;
  }
  return { waitedMs: Date.now() - t0, foreignCoresBefore: round(cores, 2) };
}

// ---------------------------------------------------------------- server

/** The entry script of the served build (its name carries the content hash). */
export function servedBuild(ROOT) {
  try {
    return /src="\/?(assets\/[^"]+\.js)"/.exec(readFileSync(path.join(ROOT, 'dist-e2e', 'index.html'), 'utf8'))?.[1] ?? 'unknown';
  } catch {
    return 'missing';
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `vite preview` of dist-e2e on a free port, in its own process group. */
export async function startServer(ROOT) {
  if (!existsSync(path.join(ROOT, 'dist-e2e', 'index.html'))) throw new Error('dist-e2e is missing: run `npm run build:e2e` (npm run bench:editor does)');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // Own process group (detached), so stopping it also stops vite under npx.
  const child = spawn('npx', ['vite', 'preview', '--outDir', 'dist-e2e', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const server = { child, url, port, stop: () => stopServer(child) };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited (${JSON.stringify(exited)}):\n${output}`);
    try {
      const res = await fetch(url);
      if (res.ok) return server;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  await server.stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output}`);
}

async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = sleep(5000).then(() => 'timeout');
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

// ---------------------------------------------------------------- profile summary

export async function summariseProfile(profile, ROOT) {
  // Self time per function, mapped back to the sources when the build's source map is there.
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let consumer = null;
  try {
    const { SourceMapConsumer } = await import('source-map-js');
    const assets = path.join(ROOT, 'dist-e2e', 'assets');
    const maps = new Map();
    consumer = (url) => {
      const file = url.split('/').pop();
      if (!file) return null;
      if (!maps.has(file)) {
        const map = path.join(assets, `${file}.map`);
        maps.set(file, existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))) : null);
      }
      return maps.get(file);
    };
  } catch {
    // source-map-js not available: report minified locations
  }
  const self = new Map();
  const bySource = new Map(); // original source file (or V8 pseudo-frame such as "(program)") → self µs
  const keyOf = new Map(); // node id → "name where"
  let total = 0;
  for (const node of profile.nodes) {
    const us = dt.get(node.id) ?? 0;
    total += us;
    const f = node.callFrame;
    let name = f.functionName || '(anonymous)';
    let where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    let source = f.url ? f.url.split('/').pop() : name;
    const map = f.url && consumer ? consumer(f.url) : null;
    if (map) {
      const pos = map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
      if (pos.source) {
        source = pos.source.replace(/^(\.\.\/)+/, '');
        where = `${source}:${pos.line}`;
        if (pos.name && name.length <= 2) name = pos.name;
      }
    }
    const key = `${name} ${where}`;
    keyOf.set(node.id, key);
    self.set(key, (self.get(key) ?? 0) + us);
    bySource.set(source, (bySource.get(source) ?? 0) + us);
  }
  // Inclusive (total) time per function: its own samples and its callees', counted once when it
  // is on the stack more than once (recursion).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const subtree = new Map();
  const sum = (id) => {
    const stack = [[id, false]];
    while (stack.length > 0) {
      const [n, done] = stack.pop();
      const kids = byId.get(n)?.children ?? [];
      if (done) subtree.set(n, (dt.get(n) ?? 0) + kids.reduce((a, k) => a + subtree.get(k), 0));
      else stack.push([n, true], ...kids.map((k) => [k, false]));
    }
  };
  const root = profile.nodes[0]?.id;
  if (root !== undefined) sum(root);
  const inclusive = new Map();
  const onPath = new Map();
  const walk = [[root, 'enter']];
  while (root !== undefined && walk.length > 0) {
    const [id, phase] = walk.pop();
    const key = keyOf.get(id);
    if (phase === 'leave') {
      onPath.set(key, onPath.get(key) - 1);
      continue;
    }
    if (!onPath.get(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + subtree.get(id));
    onPath.set(key, (onPath.get(key) ?? 0) + 1);
    walk.push([id, 'leave'], ...(byId.get(id)?.children ?? []).map((k) => [k, 'enter']));
  }
  return {
    totalMs: round(total / 1000),
    top: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([fn, us]) => ({ fn, selfMs: round(us / 1000), share: round((100 * us) / total, 1) })),
    /** Self time per source file, all of them (for grouping by library or folder). */
    sources: [...bySource.entries()].sort((a, b) => b[1] - a[1]).map(([source, us]) => ({ source, selfMs: round(us / 1000, 2) })),
    /** Inclusive time per function (callees included), the 200 largest. */
    inclusive: [...inclusive.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 200)
      .map(([fn, us]) => ({ fn, totalMs: round(us / 1000, 1) })),
  };
}
