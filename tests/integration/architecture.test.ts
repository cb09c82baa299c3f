// The module boundaries of design.md, checked on every import in src/: which folder may import
// which, that other folders are entered only through their index.ts, and that pure folders use
// no UI, storage or engine library.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

/** Folder → the folders it may import from (besides itself). */
const ALLOWED: Record<string, string[]> = {
  shared: [],
  model: ['shared'],
  layout: ['model', 'shared'],
  sim: ['model', 'shared'],
  storage: ['model', 'shared'],
  export: ['model', 'layout', 'shared'],
  state: ['model', 'layout', 'sim', 'storage', 'shared'],
  i18n: [],
  // ui uses storage's repository interface and types; Dexie itself is banned there by ESLint.
  ui: ['state', 'model', 'layout', 'sim', 'storage', 'export', 'i18n', 'shared'],
  app: ['ui', 'state', 'model', 'layout', 'sim', 'storage', 'export', 'i18n', 'shared'],
  '': ['app', 'ui', 'state', 'model', 'layout', 'sim', 'storage', 'export', 'i18n', 'shared'],
};

/** Packages pure folders must not use (design.md: data in, data out). */
const IMPURE = /^(react|react-dom|@xyflow\/|zustand|zundo|dexie|i18next|react-i18next|elkjs|jspdf)/;
const PURE = ['shared', 'model', 'sim', 'layout'];
const PURE_EXCEPTIONS = [`layout${sep}engine`, `sim${sep}worker`];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const folderOf = (file: string) => {
  const rel = relative(SRC, file).split(sep);
  return rel.length > 1 ? rel[0]! : '';
};

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );

describe('architecture', () => {
  const files = sourceFiles(SRC);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('keeps the dependency direction and enters other folders only through index.ts', () => {
    const problems: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        const to = folderOf(join(target, 'x'));
        if (to === from) continue;
        const where = relative(SRC, file);
        if (!ALLOWED[from]?.includes(to)) problems.push(`${where}: ${from || 'src'} may not import ${to}`);
        const viaIndex = relative(join(SRC, to), target);
        // main.tsx is the composition root and may reach into app (e.g. the lazy test hook).
        if (from !== '' && viaIndex !== '' && viaIndex !== 'index') problems.push(`${where}: import ${spec} deep into ${to}; use its index.ts`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps pure folders free of UI, storage and engine libraries', () => {
    const problems: string[] = [];
    for (const file of files) {
      const rel = relative(SRC, file);
      if (!PURE.includes(folderOf(file)) || PURE_EXCEPTIONS.some((e) => rel.startsWith(e))) continue;
      for (const spec of importsOf(file)) if (IMPURE.test(spec)) problems.push(`${rel} imports ${spec}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every folder a README and an index', () => {
    const folders = readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory());
    const missing = folders.flatMap((f) =>
      ['README.md', 'index.ts'].filter((n) => !readdirSync(join(SRC, f)).includes(n)).map((n) => `${f}/${n}`),
    );
    expect(missing.filter((m) => m !== 'app/index.ts')).toEqual([]);
  });
});
