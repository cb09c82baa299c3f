import { useTranslation } from 'react-i18next';
import { actions } from '../../state';
import { useDoc, useEditor, useView } from '../EditorContext';
import { EdgeProperties } from './EdgeProperties';
import { LaneProperties } from './LaneProperties';
import { NodeProperties } from './NodeProperties';
import { PhaseProperties } from './PhaseProperties';
import { ProcessProperties } from './ProcessProperties';

/** The fields of whatever is selected (or of the process when nothing is). */
export function PropertiesPanel() {
  const { t } = useTranslation();
  const editor = useEditor();
  const selection = useView((v) => v.selection);
  const node = useDoc((d) => (selection.nodes.length === 1 && selection.edges.length === 0 ? d.nodes.find((n) => n.id === selection.nodes[0]) : undefined));
  const edge = useDoc((d) => (selection.edges.length === 1 && selection.nodes.length === 0 ? d.edges.find((e) => e.id === selection.edges[0]) : undefined));
  const lane = useDoc((d) => d.lanes.find((l) => l.id === selection.lane));
  const phase = useDoc((d) => d.phases.find((p) => p.id === selection.phase));
  const many = selection.nodes.length + selection.edges.length > 1;
  const readOnly = useView((v) => v.readOnly);

  return (
    <aside className="fl-properties" aria-label={t('properties.title')}>
      <h2 className="fl-panel-title">{t('properties.title')}</h2>
      <fieldset className="fl-plain-fieldset" disabled={readOnly}>
      {node ? (
        <NodeProperties key={node.id} node={node} />
      ) : edge ? (
        <EdgeProperties key={edge.id} edge={edge} />
      ) : lane ? (
        <LaneProperties key={lane.id} lane={lane} />
      ) : phase ? (
        <PhaseProperties key={phase.id} phase={phase} />
      ) : many ? (
        <div className="fl-properties-body">
          <p>{t('properties.manySelected', { nodes: selection.nodes.length, edges: selection.edges.length })}</p>
          <div className="fl-button-row">
            <button type="button" className="fl-button" onClick={() => actions.duplicateSelection(editor)}>{t('properties.duplicate')}</button>
            <button type="button" className="fl-button fl-button-danger" onClick={() => actions.deleteSelection(editor)}>{t('properties.deleteSelected')}</button>
          </div>
        </div>
      ) : (
        <ProcessProperties />
      )}
      </fieldset>
    </aside>
  );
}
