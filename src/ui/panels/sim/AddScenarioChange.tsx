import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCENARIO_CHANGE_KINDS, type ScenarioChange, type ScenarioChangeKind } from '../../../model';
import { useDoc } from '../../EditorContext';
import { PlusIcon } from '../../icons';
import { SelectField } from '../fields/SelectField';

/** Picks the kind of a new scenario change and adds it with sensible first values. */
export function AddScenarioChange({ onAdd }: { onAdd: (change: ScenarioChange) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ScenarioChangeKind>('staff');
  const firstLane = useDoc((d) => d.lanes[0]);
  const firstStep = useDoc((d) => d.nodes.find((n) => n.kind === 'task' || n.kind === 'wait'));
  const make = (): ScenarioChange | null => {
    if (kind === 'demand') return { kind, factor: 1.2 };
    if (kind === 'staff') return firstLane ? { kind, laneId: firstLane.id, delta: 1 } : null;
    return firstStep && (firstStep.kind === 'task' || firstStep.kind === 'wait') ? { kind, nodeId: firstStep.id, duration: firstStep.duration } : null;
  };
  const change = make();
  return (
    <div className="fl-field-row fl-list-row">
      <SelectField
        label={t('simInputs.scenarios.addChange')}
        value={kind}
        options={SCENARIO_CHANGE_KINDS.map((k) => ({ value: k, label: t(`simInputs.scenarios.change.${k}`) }))}
        onChange={setKind}
      />
      <button type="button" className="fl-icon-button" disabled={!change} aria-label={t('simInputs.scenarios.addChange')} title={t('simInputs.scenarios.addChange')} onClick={() => change && onAdd(change)}>
        <PlusIcon size={14} />
      </button>
    </div>
  );
}
