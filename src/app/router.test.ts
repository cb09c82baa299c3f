import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from './router';

describe('routes', () => {
  it('reads and writes every screen', () => {
    for (const route of [{ screen: 'library', trash: false }, { screen: 'library', trash: true }, { screen: 'process', id: 'p_流程 1' }, { screen: 'new' }] as const)
      expect(parseRoute(hrefOf(route))).toEqual(route);
  });
  it('falls back to the library for anything else', () => {
    expect(parseRoute('')).toEqual({ screen: 'library', trash: false });
    expect(parseRoute('#/nonsense')).toEqual({ screen: 'library', trash: false });
  });
});
