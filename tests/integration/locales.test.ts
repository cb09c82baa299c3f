// Both languages say everything: same keys (apart from plural suffixes), same placeholders, no
// empty text, and a text for every code the rest of the app can produce.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import zhCN from '../../src/i18n/locales/zh-CN.json';
import {
  commands,
  CONNECT_REFUSALS,
  DISTRIBUTION_KINDS,
  DOCUMENT_ISSUE_CODES,
  FINDING_CODES,
  HANDOFF_METHODS,
  NODE_KINDS,
  TIME_UNITS,
} from '../../src/model';
import { SIM_FINDING_CODES } from '../../src/sim';
import { SHORTCUTS } from '../../src/ui/shortcuts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** "a.b_one" and "a.b_other" both stand for the plural key "a.b". */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const enKeys = flatten(en as Tree);
const zhKeys = flatten(zhCN as Tree);
const has = (keys: Map<string, string>, key: string) => keys.has(key) || keys.has(`${key}_other`);

describe('locales', () => {
  it('have the same keys in both languages', () => {
    const enBase = new Set([...enKeys.keys()].map(base));
    const zhBase = new Set([...zhKeys.keys()].map(base));
    expect([...enBase].filter((k) => !zhBase.has(k))).toEqual([]);
    expect([...zhBase].filter((k) => !enBase.has(k))).toEqual([]);
  });

  it('use the same placeholders and no empty text', () => {
    const problems: string[] = [];
    for (const [key, text] of enKeys) {
      const zh = zhKeys.get(key) ?? zhKeys.get(`${base(key)}_other`);
      if (!text.trim() || (zh !== undefined && !zh.trim())) problems.push(`${key} is empty`);
      if (zh === undefined) continue;
      const a = placeholders(text).filter((p) => p !== 'count');
      const b = placeholders(zh).filter((p) => p !== 'count');
      if (a.join() !== b.join()) problems.push(`${key}: ${a} vs ${b}`);
    }
    expect(problems).toEqual([]);
  });

  it('have text for every code the app can produce', () => {
    const needed = [
      ...NODE_KINDS.flatMap((k) => [`nodeKinds.${k}`, `defaults.label.${k}`, `palette.hint.${k}`]),
      ...Object.keys(commands).map((c) => `commands.${c}`),
      ...FINDING_CODES.map((c) => `findings.${c}`),
      ...SHORTCUTS.map((s) => `shortcuts.${s.id}`),
      ...DOCUMENT_ISSUE_CODES.map((c) => `validation.problem.${c}`),
      ...CONNECT_REFUSALS.map((c) => `notice.connect.${c}`),
      ...DISTRIBUTION_KINDS.flatMap((k) => [`distributions.${k}`, `distributions.hint.${k}`]),
      ...HANDOFF_METHODS.map((m) => `handoff.methods.${m}`),
      ...TIME_UNITS.flatMap((u) => [`units.short.${u}`, `units.long.${u}`]),
      ...SIM_FINDING_CODES.map((c) => `simFindings.${c}`),
    ];
    for (const keys of [enKeys, zhKeys]) expect(needed.filter((k) => !has(keys, k))).toEqual([]);
  });
});
