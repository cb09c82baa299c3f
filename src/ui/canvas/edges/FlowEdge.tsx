import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Point } from '../../../model';
import { select } from '../../../state';
import { useEditor } from '../../EditorContext';
import { HandoffIcon, WarningIcon } from '../../icons';
import { InlineTextEditor } from '../../InlineTextEditor';
import { useZoomedOut } from '../nodes/useZoomedOut';
import type { CanvasEdge } from '../projection';
import { labelPoint } from '../../../layout';
import { roundedPath } from './routedPath';

/** The layout's route between React Flow's live end points, and where its label goes. */
function routedPath(points: Point[]): [string, number, number] {
  const at = labelPoint(points);
  return [roundedPath(points), at.x, at.y];
}

/** An arrow between two steps, with its label, branch share and hand-off state. */
export const FlowEdge = memo(function FlowEdge(props: EdgeProps<CanvasEdge>) {
  const { id, data, selected, markerEnd, sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition } = props;
  const simple = useZoomedOut();
  if (!data) return null;
  const [path, labelX, labelY] = data.route
    ? routedPath([{ x: sourceX, y: sourceY }, ...data.route, { x: targetX, y: targetY }])
    : getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, borderRadius: 8, offset: 24 });
  const missingHandoff = data.crossesLanes && !data.edge.handoff?.what.trim();
  const className = `fl-edge ${missingHandoff ? 'is-missing-handoff' : ''} ${selected ? 'is-selected' : ''}`;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={className} interactionWidth={16} />
      {(!simple || data.editing || selected) && (
        <EdgeLabel id={id} data={data} x={labelX} y={labelY} missingHandoff={missingHandoff} selected={!!selected} />
      )}
    </>
  );
});

type LabelProps = { id: string; data: NonNullable<CanvasEdge['data']>; x: number; y: number; missingHandoff: boolean; selected: boolean };

function EdgeLabel({ id, data, x, y, missingHandoff, selected }: LabelProps) {
  const { t } = useTranslation();
  const editor = useEditor();
  const { edge, editing, fromDecision, crossesLanes } = data;
  const showShare = fromDecision && edge.probability !== null;
  const handoff = crossesLanes && !missingHandoff ? edge.handoff : null;
  if (!editing && !edge.label && !showShare && !handoff && !missingHandoff) return null;
  const close = () => editor.view.setState({ editing: null });
  return (
    <EdgeLabelRenderer>
      <div
        className={`fl-edge-label nodrag nopan ${selected ? 'is-selected' : ''}`}
        style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
        data-edge-id={id}
        onClick={() => select(editor.view, { edges: [id] })}
        onDoubleClick={() => editor.view.setState({ editing: { kind: 'edge', id } })}
      >
        {editing ? (
          <InlineTextEditor
            value={edge.label}
            ariaLabel={t('canvas.editEdgeLabel')}
            onCommit={(label) => {
              editor.document.getState().execute('setEdgeLabel', { id, label });
              close();
            }}
            onCancel={close}
          />
        ) : (
          <>
            {edge.label && <span className="fl-edge-text">{edge.label}</span>}
            {showShare && <span className="fl-edge-share">{Math.round(edge.probability! * 1000) / 10}%</span>}
            {handoff && (
              <span className="fl-edge-handoff" title={t('edge.handoffTitle', { what: handoff.what, how: t(`handoff.methods.${handoff.how}`) })}>
                <HandoffIcon size={11} />
                {handoff.what}
              </span>
            )}
            {missingHandoff && (
              <span className="fl-edge-warning" role="img" aria-label={t('edge.missingHandoff')} title={t('edge.missingHandoffHint')}>
                <WarningIcon size={12} />
              </span>
            )}
          </>
        )}
      </div>
    </EdgeLabelRenderer>
  );
}
