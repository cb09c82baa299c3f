import { memo } from 'react';
import type { Preview } from '../../model';

/** A miniature of a process: its lane bands and its steps, without text. */
export const Thumbnail = memo(function Thumbnail({ preview, label }: { preview: Preview; label: string }) {
  const { width, height, lanes, nodes, horizontal } = preview;
  if (width <= 0 || height <= 0) return <div className="fl-thumb fl-thumb-empty" aria-hidden="true" />;
  return (
    <svg className="fl-thumb" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMid meet" role="img" aria-label={label}>
      {lanes.map((lane, i) =>
        horizontal ? (
          <rect key={i} x={0} y={lane.start} width={width} height={lane.size} fill={lane.color} stroke="#94a3b8" strokeWidth={2} />
        ) : (
          <rect key={i} x={lane.start} y={0} width={lane.size} height={height} fill={lane.color} stroke="#94a3b8" strokeWidth={2} />
        ),
      )}
      {nodes.map((n, i) =>
        n.kind === 'start' || n.kind === 'end' ? (
          <circle key={i} cx={n.x + n.w / 2} cy={n.y + n.h / 2} r={n.w / 2} fill="#fff" stroke={n.kind === 'end' ? '#b91c1c' : '#15803d'} strokeWidth={6} />
        ) : (
          <rect key={i} x={n.x} y={n.y} width={n.w} height={n.h} rx={8} fill="#fff" stroke="#475569" strokeWidth={4} />
        ),
      )}
    </svg>
  );
});
