// Items a task needs that no upstream task produces.
import { makeFinding, nodeRef, type Finding } from './finding';
import { reach, successors, type Graph } from './graph';

/** Trimmed, non-empty, first occurrence only. */
function cleanItems(items: readonly string[]): string[] {
  return [...new Set(items.map((s) => s.trim()).filter((s) => s !== ''))];
}

/**
 * "Upstream" of a task is every node with a path (of at least one edge) to it, so a task in a
 * loop counts as its own upstream. One forward search per needed item, seeded just after its
 * producers, instead of one backward search per task.
 */
export function checkItems(g: Graph): Finding[] {
  const needs: string[][] = g.nodes.map((n) => (n.kind === 'task' ? cleanItems(n.needs) : []));
  const neededBy = new Map<string, number[]>();
  needs.forEach((list, i) => list.forEach((item) => push(neededBy, item, i)));
  if (neededBy.size === 0) return [];

  const producers = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    if (n.kind !== 'task') return;
    for (const item of cleanItems(n.produces)) if (neededBy.has(item)) push(producers, item, i);
  });

  // Item by item, kept as "task\u0000item" keys, so only one reach array lives at a time.
  const missing = new Set<string>();
  for (const [item, tasks] of neededBy) {
    const from = producers.get(item);
    const available = from ? reach(g, successors(g, from), 'forward') : null;
    for (const i of tasks) if (!available?.[i]) missing.add(`${i}\u0000${item}`);
  }

  const findings: Finding[] = [];
  needs.forEach((list, i) => {
    for (const item of list) {
      if (!missing.has(`${i}\u0000${item}`)) continue;
      findings.push(makeFinding(g, 'missingInput', nodeRef(g, i), [], { item }));
    }
  });
  return findings;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
