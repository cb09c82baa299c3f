import { useTranslation } from 'react-i18next';
import type { ScenarioChange } from '../../../model';
import { useDoc } from '../../EditorContext';
import { TrashIcon } from '../../icons';
import { DurationField } from '../fields/DurationField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';

type Props = { change: ScenarioChange; onChange: (c: ScenarioChange) => void; onRemove: () => void };

/** One change of a scenario: people in a lane, a step's duration, or the number of cases. */
export function ScenarioChangeRow({ change, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const lanes = useDoc((d) => d.lanes);
  const steps = useDoc((d) => d.nodes);
  const timed = steps.filter((n) => n.kind === 'task' || n.kind === 'wait');
  const missing = (change.kind === 'staff' && !lanes.some((l) => l.id === change.laneId)) || (change.kind === 'duration' && !timed.some((n) => n.id === change.nodeId));
  return (
    <div className="fl-scenario-change">
      <div className="fl-change-head">
        <strong className="fl-field-hint">{t(`simInputs.scenarios.change.${change.kind}`)}</strong>
        <button type="button" className="fl-icon-button" aria-label={t('simInputs.scenarios.deleteChange')} title={t('simInputs.scenarios.deleteChange')} onClick={onRemove}>
          <TrashIcon size={14} />
        </button>
      </div>
      {missing ? (
        <p className="fl-field-error">{t('simInputs.scenarios.missing')}</p>
      ) : change.kind === 'staff' ? (
        <div className="fl-field-row">
          <SelectField label={t('simInputs.scenarios.lane')} value={change.laneId} options={lanes.map((l) => ({ value: l.id, label: l.name }))} onChange={(laneId) => onChange({ ...change, laneId })} />
          <NumberField label={t('simInputs.scenarios.delta')} value={change.delta} integer min={-100000} max={100000} onCommit={(delta) => onChange({ ...change, delta: delta ?? 0 })} />
        </div>
      ) : change.kind === 'duration' ? (
        <>
          <SelectField
            label={t('simInputs.scenarios.step')}
            value={change.nodeId}
            options={timed.map((n) => ({ value: n.id, label: n.label || t('checks.unnamed') }))}
            onChange={(nodeId) => onChange({ ...change, nodeId })}
          />
          <DurationField value={change.duration} onCommit={(duration) => onChange({ ...change, duration })} />
        </>
      ) : (
        <NumberField
          label={t('simInputs.scenarios.demand')}
          value={Math.round(change.factor * 1000) / 10}
          min={0}
          max={100000}
          suffix="%"
          onCommit={(v) => onChange({ ...change, factor: (v ?? 100) / 100 })}
        />
      )}
    </div>
  );
}
