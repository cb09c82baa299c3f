import { useTranslation } from 'react-i18next';
import { HANDOFF_METHODS, type FlowEdge, type Handoff } from '../../model';
import { useDoc } from '../EditorContext';
import { WarningIcon } from '../icons';
import { DeleteButton } from './DeleteButton';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { useExecute } from './useExecute';
import { BranchCaseTypesField } from './sim/BranchCaseTypesField';
import { HandoffDelayField } from './sim/HandoffDelayField';

const EMPTY_HANDOFF: Handoff = { what: '', how: 'inPerson', note: '' };

export function EdgeProperties({ edge }: { edge: FlowEdge }) {
  const { t } = useTranslation();
  const execute = useExecute();
  const source = useDoc((d) => d.nodes.find((n) => n.id === edge.source));
  const target = useDoc((d) => d.nodes.find((n) => n.id === edge.target));
  const lanes = useDoc((d) => d.lanes);
  const laneName = (id?: string) => lanes.find((l) => l.id === id)?.name ?? '';
  const id = edge.id;
  const crosses = !!source && !!target && source.laneId !== target.laneId;
  const handoff = edge.handoff ?? EMPTY_HANDOFF;
  const setHandoff = (patch: Partial<Handoff>) => execute('setEdgeHandoff', { id, handoff: { ...handoff, ...patch } });
  const missing = crosses && !edge.handoff?.what.trim();

  return (
    <div className="fl-properties-body" data-testid="edge-properties">
      <h3 className="fl-properties-kind">{t('properties.flow')}</h3>
      <p className="fl-edge-ends">
        {t('properties.flowFromTo', { from: source?.label || t('checks.unnamed'), to: target?.label || t('checks.unnamed') })}
      </p>
      <TextField label={t('properties.label')} hint={t('properties.edgeLabelHint')} value={edge.label} onCommit={(label) => execute('setEdgeLabel', { id, label })} />
      {source?.kind === 'decision' && (
        <NumberField
          label={t('properties.probability')}
          hint={t('properties.probabilityHint')}
          value={edge.probability === null ? null : Math.round(edge.probability * 1000) / 10}
          min={0}
          max={100}
          optional
          suffix="%"
          onCommit={(v) => execute('setEdgeProbability', { id, probability: v === null ? null : v / 100 })}
        />
      )}
      {source?.kind === 'decision' && <BranchCaseTypesField edge={edge} />}
      {crosses && (
        <fieldset className={`fl-fieldset ${missing ? 'is-warning' : ''}`}>
          <legend>{t('properties.handoff')}</legend>
          <p className="fl-field-hint">{t('properties.handoffBetween', { from: laneName(source?.laneId), to: laneName(target?.laneId) })}</p>
          {missing && (
            <p className="fl-callout" role="note">
              <WarningIcon size={14} /> {t('properties.handoffMissing')}
            </p>
          )}
          <TextField label={t('properties.handoffWhat')} hint={t('properties.handoffWhatHint')} value={handoff.what} onCommit={(what) => setHandoff({ what })} />
          <SelectField
            label={t('properties.handoffHow')}
            value={handoff.how}
            options={HANDOFF_METHODS.map((m) => ({ value: m, label: t(`handoff.methods.${m}`) }))}
            onChange={(how) => setHandoff({ how })}
          />
          <TextField label={t('properties.handoffNote')} multiline rows={3} value={handoff.note} onCommit={(note) => setHandoff({ note })} />
          <HandoffDelayField edge={edge} />
        </fieldset>
      )}
      <DeleteButton label={t('properties.deleteFlow')} onDelete={() => execute('deleteElements', { nodeIds: [], edgeIds: [id] })} />
    </div>
  );
}
