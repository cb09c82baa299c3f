import type { NodeProps } from '@xyflow/react';
import { memo, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { PHASE_HEADER_SIZE, phaseColumns } from '../../../model';
import { select, setPreview } from '../../../state';
import { useEditor } from '../../EditorContext';
import { usePointerDrag } from '../../hooks/usePointerDrag';
import { InlineTextEditor } from '../../InlineTextEditor';
import type { PhaseRFNode } from '../projection';

/** A phase (stage) column across all lanes, with a header to select, rename and resize it. */
export const PhaseNode = memo(function PhaseNode({ data }: NodeProps<PhaseRFNode>) {
  const { t } = useTranslation();
  const editor = useEditor();
  const flow = useReactFlow();
  const { phase, orientation, selected, editing } = data;
  const horizontal = orientation === 'horizontal';
  const start = useRef({ size: 0, zoom: 1 });
  const drag = usePointerDrag({
    onMove: (dx, dy) => {
      const size = Math.max(1, Math.round(start.current.size + (horizontal ? dx : dy) / start.current.zoom));
      setPreview(editor.view, { phaseSize: { id: phase.id, size } });
    },
    onEnd: (committed) => {
      const preview = editor.view.getState().preview.phaseSize;
      setPreview(editor.view, { phaseSize: null });
      if (committed && preview) editor.document.getState().execute('resizePhase', { id: phase.id, size: preview.size });
    },
  });
  const close = () => editor.view.setState({ editing: null });

  return (
    <div
      className={`fl-phase ${horizontal ? 'is-horizontal' : 'is-vertical'} ${selected ? 'is-selected' : ''}`}
      style={{ ['--phase-header' as string]: `${PHASE_HEADER_SIZE}px` }}
      data-phase-id={phase.id}
    >
      <div
        className="fl-phase-header nodrag nopan"
        onClick={() => select(editor.view, { phase: phase.id })}
        onDoubleClick={() => editor.view.setState({ editing: { kind: 'phase', id: phase.id } })}
      >
        {editing ? (
          <InlineTextEditor
            value={phase.name}
            ariaLabel={t('phase.rename')}
            onCommit={(name) => {
              if (name) editor.document.getState().execute('renamePhase', { id: phase.id, name });
              close();
            }}
            onCancel={close}
          />
        ) : (
          <span className="fl-phase-name" title={t('phase.renameHint')}>{phase.name}</span>
        )}
        <span
          className="fl-phase-resize"
          title={t('phase.resizeHint')}
          onPointerDown={(e) => {
            const doc = editor.document.getState().doc;
            start.current = { size: phaseColumns(doc).find((c) => c.id === phase.id)?.size ?? 0, zoom: flow.getZoom() };
            drag(e);
          }}
        />
      </div>
    </div>
  );
});
