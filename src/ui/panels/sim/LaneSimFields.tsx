import { useTranslation } from 'react-i18next';
import { costPerHourOf, type Lane } from '../../../model';
import { NumberField } from '../fields/NumberField';
import { useExecute } from '../useExecute';
import { WorkingHoursField } from './WorkingHoursField';

/** A lane's working hours and staff cost, for the simulation. */
export function LaneSimFields({ lane }: { lane: Lane }) {
  const { t } = useTranslation();
  const execute = useExecute();
  return (
    <>
      <WorkingHoursField lane={lane} />
      <NumberField
        label={t('simInputs.costPerHour')}
        hint={t('simInputs.costPerHourHint')}
        value={costPerHourOf(lane)}
        min={0}
        onCommit={(costPerHour) => execute('setLaneCost', { id: lane.id, costPerHour: costPerHour ?? 0 })}
      />
    </>
  );
}
