import { useTranslation } from 'react-i18next';
import { DEFAULT_WORKING_HOURS, hoursOf, minuteOfDay, type Lane, type WorkingHours } from '../../../model';
import { Field } from '../fields/Field';
import { SelectField } from '../fields/SelectField';
import { useDraft } from '../fields/useDraft';
import { useExecute } from '../useExecute';

/** When a lane starts new work: always, or every day between two clock times. */
export function WorkingHoursField({ lane }: { lane: Lane }) {
  const { t } = useTranslation();
  const execute = useExecute();
  const hours = hoursOf(lane);
  const set = (next: WorkingHours | null) => execute('setLaneHours', { id: lane.id, hours: next });
  return (
    <fieldset className="fl-fieldset" data-testid="working-hours">
      <legend>{t('simInputs.hours.legend')}</legend>
      <SelectField
        label={t('simInputs.hours.kindLabel')}
        hint={t('simInputs.hours.hint')}
        value={hours ? 'daily' : 'always'}
        options={(['always', 'daily'] as const).map((k) => ({ value: k, label: t(`simInputs.hours.${k}`) }))}
        onChange={(k) => set(k === 'always' ? null : DEFAULT_WORKING_HOURS)}
      />
      {hours && <HoursRow hours={hours} onCommit={set} />}
    </fieldset>
  );
}

function HoursRow({ hours, onCommit }: { hours: WorkingHours; onCommit: (h: WorkingHours) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useDraft(hours.open);
  const [close, setClose] = useDraft(hours.close);
  const valid = /^\d\d:\d\d$/.test(open) && /^\d\d:\d\d$/.test(close) && minuteOfDay(open) < minuteOfDay(close);
  const commit = () => {
    if (valid && (open !== hours.open || close !== hours.close)) onCommit({ open, close });
  };
  return (
    <div className="fl-field-row">
      <Field label={t('simInputs.hours.open')}>
        {(id) => <input id={id} type="time" value={open} onChange={(e) => setOpen(e.target.value)} onBlur={commit} />}
      </Field>
      <Field label={t('simInputs.hours.close')} error={valid ? null : t('simInputs.hours.order')}>
        {(id) => <input id={id} type="time" value={close} aria-invalid={!valid} onChange={(e) => setClose(e.target.value)} onBlur={commit} />}
      </Field>
    </div>
  );
}
