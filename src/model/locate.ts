// Turns a path into the document ("nodes", 3, "duration") into the element it names, read from
// the raw input so that even a broken file gets messages that name its steps and lanes.
import type { DocumentIssue } from './issues';
import type { ElementRef } from './types';

type Location = Pick<DocumentIssue, 'element' | 'elementName' | 'elementNumber' | 'field'>;
type Raw = Record<string, unknown>;

const asRecord = (v: unknown): Raw | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : null);
const asString = (v: unknown) => (typeof v === 'string' ? v : '');
const listOf = (raw: Raw, key: string): unknown[] => (Array.isArray(raw[key]) ? (raw[key] as unknown[]) : []);

const LISTS = { lanes: 'lane', phases: 'phase', nodes: 'node', edges: 'edge' } as const;
const DIAGRAM_MAPS = { nodes: ['nodes', 'geometry'], laneSizes: ['lanes', 'size'], phaseSizes: ['phases', 'size'], edgeRoutes: ['edges', 'route'] } as const;

function nameOf(raw: Raw, list: keyof typeof LISTS, item: Raw | null): string {
  if (!item) return '';
  if (list === 'lanes' || list === 'phases') return asString(item.name);
  if (list === 'nodes') return asString(item.label);
  const label = asString(item.label);
  if (label) return label;
  const nodes = listOf(raw, 'nodes').map(asRecord);
  const labelOf = (nodeId: unknown) => asString(nodes.find((n) => n?.id === nodeId)?.label) || asString(nodeId);
  return `${labelOf(item.source)} → ${labelOf(item.target)}`;
}

function elementAt(raw: Raw, list: keyof typeof LISTS, index: number): Omit<Location, 'field'> {
  const item = asRecord(listOf(raw, list)[index]);
  const ref = { kind: LISTS[list], id: asString(item?.id) } as ElementRef;
  return { element: ref, elementName: nameOf(raw, list, item), elementNumber: index + 1 };
}

export function locate(raw: unknown, path: readonly PropertyKey[]): Location {
  const root = asRecord(raw) ?? {};
  const [head, second, third, ...rest] = path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (typeof head === 'string' && head in LISTS && typeof second === 'number') {
    const tail = [third, ...rest].filter((p) => p !== undefined);
    return { ...elementAt(root, head as keyof typeof LISTS, second), field: tail.join('.') };
  }
  if (head === 'diagram' && typeof second === 'string' && second in DIAGRAM_MAPS && third !== undefined) {
    const [list, field] = DIAGRAM_MAPS[second as keyof typeof DIAGRAM_MAPS];
    const index = listOf(root, list).findIndex((item) => asRecord(item)?.id === third);
    if (index >= 0) return { ...elementAt(root, list, index), field: [field, ...rest].join('.') };
  }
  const field = path.map(String).join('.');
  return { element: { kind: 'process' }, elementName: asString(root.name), elementNumber: 0, field };
}
