import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_HEADER_SIZE } from '../../../model';
import { select } from '../../../state';
import { useEditor } from '../../EditorContext';
import { GripIcon, PersonIcon } from '../../icons';
import { InlineTextEditor } from '../../InlineTextEditor';
import type { LaneRFNode } from '../projection';
import { useLaneReorder, useLaneResize } from './useLaneGestures';

/**
 * A lane: a band across the whole diagram with a header (grip to reorder, name, staff count).
 * Only the header and the resize edge take the pointer; the band lets clicks through to the
 * canvas so box selection and panning work over it.
 */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<LaneRFNode>) {
  const { t } = useTranslation();
  const editor = useEditor();
  const { lane, orientation, selected, editing, dropHint, stepCount } = data;
  const horizontal = orientation === 'horizontal';
  const startResize = useLaneResize(lane.id, orientation);
  const startReorder = useLaneReorder(lane.id, orientation);
  const close = () => editor.view.setState({ editing: null });

  return (
    <div
      className={`fl-lane ${horizontal ? 'is-horizontal' : 'is-vertical'} ${selected ? 'is-selected' : ''} ${dropHint ? `drop-${dropHint}` : ''}`}
      style={{ ['--lane-color' as string]: lane.color, ['--header-size' as string]: `${LANE_HEADER_SIZE}px` }}
      data-lane-id={lane.id}
    >
      <div
        className="fl-lane-header nodrag nopan"
        role="button"
        tabIndex={-1}
        aria-label={t('lane.headerLabel', { name: lane.name, count: stepCount })}
        onClick={() => select(editor.view, { lane: lane.id })}
        onDoubleClick={() => editor.view.setState({ editing: { kind: 'lane', id: lane.id } })}
      >
        <span className="fl-lane-grip" title={t('lane.reorderHint')} onPointerDown={startReorder}>
          <GripIcon size={14} />
        </span>
        {editing ? (
          <InlineTextEditor
            value={lane.name}
            ariaLabel={t('lane.rename')}
            onCommit={(name) => {
              if (name) editor.document.getState().execute('renameLane', { id: lane.id, name });
              close();
            }}
            onCancel={close}
          />
        ) : (
          <span className="fl-lane-name" title={t('lane.renameHint')}>
            {lane.name || t('lane.unnamed')}
          </span>
        )}
        <span className="fl-lane-staff" title={t('lane.staffTitle', { count: lane.staff })}>
          <PersonIcon size={12} />
          {lane.staff}
        </span>
      </div>
      <div className="fl-lane-body" />
      <div className="fl-lane-resize nodrag nopan" title={t('lane.resizeHint')} onPointerDown={startResize} />
    </div>
  );
});
