import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { matches, SHORTCUTS } from './shortcuts';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
  ({ key: k, code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;

describe('shortcut matching', () => {
  it('matches Mod as Ctrl or Cmd, and requires the exact modifiers', () => {
    expect(matches('Mod+Z', key('z', { ctrlKey: true }))).toBe(true);
    expect(matches('Mod+Z', key('z', { metaKey: true }))).toBe(true);
    expect(matches('Mod+Z', key('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matches('Mod+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matches('Mod+Z', key('z'))).toBe(false);
    expect(matches('Ctrl+Y', key('y', { ctrlKey: true }))).toBe(true);
  });

  it('single letters fire only without modifiers', () => {
    expect(matches('T', key('t'))).toBe(true);
    expect(matches('T', key('t', { ctrlKey: true }))).toBe(false);
    expect(matches('T', key('T', { shiftKey: true }))).toBe(false);
  });

  it('symbols ignore Shift, Shift+1 is matched by key position', () => {
    expect(matches('?', key('?', { shiftKey: true }))).toBe(true);
    expect(matches('+', key('+', { shiftKey: true }))).toBe(true);
    expect(matches('Shift+1', key('!', { shiftKey: true, code: 'Digit1' }))).toBe(true);
    expect(matches('Shift+ArrowUp', key('ArrowUp', { shiftKey: true }))).toBe(true);
    expect(matches('ArrowUp', key('ArrowUp', { shiftKey: true }))).toBe(false);
  });

  it('README lists every shortcut', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const s of SHORTCUTS) for (const combo of s.keys) expect(readme, combo).toContain(`\`${combo}\``);
  });
});
