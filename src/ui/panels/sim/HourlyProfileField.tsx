import { useTranslation } from 'react-i18next';
import { clockTime } from '../../../model';
import { NumberField } from '../fields/NumberField';

const round = (n: number) => Math.round(n * 10) / 10;

/** Cases per hour for each hour of the day, 00:00–24:00. */
export function HourlyProfileField({ value, onCommit }: { value: number[]; onCommit: (perHour: number[]) => void }) {
  const { t } = useTranslation();
  const total = round(value.reduce((a, b) => a + b, 0));
  return (
    <div>
      <p className="fl-field-hint">{t('simInputs.arrival.perHour')} · {t('simInputs.arrival.profileTotal', { count: total })}</p>
      <div className="fl-hour-grid">
        {value.map((rate, hour) => (
          <NumberField
            key={hour}
            label={t('simInputs.arrival.hour', { from: clockTime(hour * 60), to: clockTime((hour + 1) * 60) })}
            value={rate}
            min={0}
            onCommit={(next) => onCommit(value.map((r, h) => (h === hour ? (next ?? 0) : r)))}
          />
        ))}
      </div>
    </div>
  );
}
