import { useTranslation } from 'react-i18next';
import { ARRIVAL_KINDS, arrivalOf, convertArrival, TIME_UNITS, type Arrival, type StartNode } from '../../../model';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { useExecute } from '../useExecute';
import { HourlyProfileField } from './HourlyProfileField';

/** How cases arrive at a start: at random at a rate, at fixed intervals, or by hour of the day. */
export function ArrivalField({ node }: { node: StartNode }) {
  const { t } = useTranslation();
  const execute = useExecute();
  const arrival = arrivalOf(node);
  const set = (next: Arrival) => execute('setStartArrival', { id: node.id, arrival: next });
  return (
    <fieldset className="fl-fieldset" data-testid="arrival-field">
      <legend>{t('simInputs.arrival.legend')}</legend>
      <SelectField
        label={t('simInputs.arrival.kindLabel')}
        hint={t(`simInputs.arrival.hint.${arrival.kind}`)}
        value={arrival.kind}
        options={ARRIVAL_KINDS.map((k) => ({ value: k, label: t(`simInputs.arrival.kind.${k}`) }))}
        onChange={(kind) => set(convertArrival(arrival, kind))}
      />
      {arrival.kind === 'poisson' && (
        <NumberField label={t('simInputs.arrival.perHour')} value={arrival.perHour} min={0} onCommit={(perHour) => set({ ...arrival, perHour: perHour ?? 0 })} />
      )}
      {arrival.kind === 'interval' && (
        <div className="fl-field-row">
          <NumberField label={t('simInputs.arrival.every')} value={arrival.every} positive onCommit={(every) => set({ ...arrival, every: every ?? arrival.every })} />
          <SelectField
            label={t('properties.unit')}
            value={arrival.unit}
            options={TIME_UNITS.map((u) => ({ value: u, label: t(`units.long.${u}`) }))}
            onChange={(unit) => set({ ...arrival, unit })}
          />
        </div>
      )}
      {arrival.kind === 'profile' && <HourlyProfileField value={arrival.perHour} onCommit={(perHour) => set({ kind: 'profile', perHour })} />}
    </fieldset>
  );
}
