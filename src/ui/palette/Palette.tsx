import { useTranslation } from 'react-i18next';
import { NODE_KINDS, type NodeKind } from '../../model';
import { actions } from '../../state';
import { PALETTE_MIME } from '../canvas/useCanvasHandlers';
import { useEditor, useView } from '../EditorContext';
import { LaneIcon, PhaseIcon } from '../icons';
import { NodeKindIcon } from './NodeKindIcon';

const SHORTCUT_OF: Record<NodeKind, string> = {
  start: 'S',
  end: 'E',
  task: 'T',
  decision: 'D',
  parallelSplit: 'P',
  parallelJoin: 'J',
  wait: 'W',
};

/** Everything that can be added: click to add (after the selected step), or drag onto a lane. */
export function Palette() {
  const { t } = useTranslation();
  const editor = useEditor();
  const appending = useView((v) => v.selection.nodes.length === 1);
  const readOnly = useView((v) => v.readOnly);
  const add = (kind: NodeKind) =>
    actions.addNodeFromPalette(editor, kind, t(`defaults.label.${kind}`), t('defaults.laneName', { n: 1 }));
  const laneCount = () => editor.document.getState().doc.lanes.length;
  const phaseCount = () => editor.document.getState().doc.phases.length;

  return (
    <aside className="fl-palette" aria-label={t('palette.title')}>
      <h2 className="fl-panel-title">{t('palette.title')}</h2>
      {/* A disabled fieldset disables every button in it while the process is read-only. */}
      <fieldset className="fl-plain-fieldset" disabled={readOnly}>
      <button
        type="button"
        className="fl-palette-item"
        title={t('palette.addLaneHint')}
        onClick={() => actions.addLane(editor, t('defaults.laneName', { n: laneCount() + 1 }))}
      >
        <LaneIcon size={20} />
        <span>{t('palette.addLane')}</span>
        <kbd>L</kbd>
      </button>
      <button
        type="button"
        className="fl-palette-item"
        title={t('palette.addPhaseHint')}
        onClick={() => actions.addPhase(editor, t('defaults.phaseName', { n: phaseCount() + 1 }))}
      >
        <PhaseIcon size={20} />
        <span>{t('palette.addPhase')}</span>
      </button>
      <div className="fl-palette-divider" />
      {NODE_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="fl-palette-item"
          draggable={!readOnly}
          data-kind={kind}
          title={t(`palette.hint.${kind}`)}
          onClick={() => add(kind)}
          onDragStart={(e) => {
            e.dataTransfer.setData(PALETTE_MIME, kind);
            e.dataTransfer.effectAllowed = 'copy';
          }}
        >
          <NodeKindIcon kind={kind} />
          <span>{t(`nodeKinds.${kind}`)}</span>
          <kbd>{SHORTCUT_OF[kind]}</kbd>
        </button>
      ))}
      </fieldset>
      <p className="fl-palette-tip">{appending ? t('palette.tipAppend') : t('palette.tip')}</p>
    </aside>
  );
}
