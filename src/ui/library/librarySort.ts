// Searching and ordering the library: pure, so it is tested without a browser.
import type { ProcessSummary } from '../../storage';

export const SORTS = ['updated', 'name', 'created'] as const;
export type LibrarySort = (typeof SORTS)[number];

/** Case- and width-insensitive text for matching (Ａ = a), so searches forgive the input mode. */
const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase();

export function searchAndSort(list: ProcessSummary[], query: string, sort: LibrarySort, locale: string): ProcessSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const found = words.length === 0 ? list : list.filter((p) => words.every((w) => fold(p.name).includes(w)));
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: ProcessSummary, b: ProcessSummary) => collator.compare(a.name, b.name);
  const compare: Record<LibrarySort, (a: ProcessSummary, b: ProcessSummary) => number> = {
    updated: (a, b) => b.updatedAt - a.updatedAt || byName(a, b),
    created: (a, b) => b.createdAt - a.createdAt || byName(a, b),
    name: byName,
  };
  return [...found].sort(compare[sort]);
}
