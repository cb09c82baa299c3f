import type { NodeKind } from '../../model';

/** A miniature of each node kind's shape, as drawn on the canvas. */
export function NodeKindIcon({ kind }: { kind: NodeKind }) {
  const common = { fill: 'white', stroke: 'currentColor', strokeWidth: 1.6 };
  return (
    <svg width="28" height="22" viewBox="0 0 28 22" aria-hidden="true">
      {kind === 'start' && <circle cx="14" cy="11" r="8" {...common} />}
      {kind === 'end' && <circle cx="14" cy="11" r="8" {...common} strokeWidth={3.2} />}
      {kind === 'task' && <rect x="2" y="4" width="24" height="14" rx="3" {...common} />}
      {kind === 'wait' && (
        <>
          <rect x="2" y="4" width="24" height="14" rx="7" {...common} strokeDasharray="3 2" />
          <path d="M11 8h6l-6 6h6" stroke="currentColor" fill="none" strokeWidth={1.2} />
        </>
      )}
      {kind === 'decision' && <polygon points="14,1 27,11 14,21 1,11" {...common} />}
      {(kind === 'parallelSplit' || kind === 'parallelJoin') && (
        <>
          <polygon points="14,1 25,11 14,21 3,11" {...common} />
          <path d="M14 6v10M9 11h10" stroke="currentColor" strokeWidth={2} />
        </>
      )}
    </svg>
  );
}
