import { useTranslation } from 'react-i18next';
import { ORIENTATIONS } from '../../model';
import { makeNotice } from '../../state';
import { useDoc, useEditor } from '../EditorContext';
import { autoLayout } from '../layout/useAutoLayout';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { useExecute } from './useExecute';
import { SimulationSettings } from './sim/SimulationSettings';

/** Shown when nothing is selected: the process itself. */
export function ProcessProperties() {
  const { t } = useTranslation();
  const execute = useExecute();
  const editor = useEditor();
  const name = useDoc((d) => d.name);
  const description = useDoc((d) => d.description);
  const orientation = useDoc((d) => d.diagram.orientation);
  const counts = {
    lanes: useDoc((d) => d.lanes.length),
    steps: useDoc((d) => d.nodes.length),
    flows: useDoc((d) => d.edges.length),
  };
  return (
    <div className="fl-properties-body" data-testid="process-properties">
      <h3 className="fl-properties-kind">{t('properties.process')}</h3>
      <p className="fl-field-hint">{t('properties.processCounts', counts)}</p>
      <TextField label={t('properties.name')} value={name} onCommit={(n) => n.trim() && execute('renameProcess', { name: n.trim() })} />
      <TextField label={t('properties.description')} multiline rows={5} value={description} onCommit={(d) => execute('setProcessDescription', { description: d })} />
      <SelectField
        label={t('properties.orientation')}
        value={orientation}
        options={ORIENTATIONS.map((o) => ({ value: o, label: t(`orientation.${o}`) }))}
        onChange={(o) => {
          execute('setOrientation', { orientation: o });
          // Turned steps keep their places; a fresh layout is usually what the user wants next.
          editor.view.setState({ notice: makeNotice('layout.afterOrientation', 'info', undefined, { key: 'layout.button', run: () => void autoLayout(editor) }) });
        }}
      />
      <p className="fl-field-hint">{t('properties.selectHint')}</p>
      <SimulationSettings />
    </div>
  );
}
