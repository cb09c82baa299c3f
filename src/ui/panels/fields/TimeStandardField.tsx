import { useTranslation } from 'react-i18next';
import { TIME_STANDARD_KINDS, TIME_UNITS, type TimeStandard, type TimeStandardKind } from '../../../model';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

/** The service promise for a step ("1分钟内迎接"), or none. */
export function TimeStandardField({ value, onCommit }: { value: TimeStandard | null; onCommit: (s: TimeStandard | null) => void }) {
  const { t } = useTranslation();
  const kind: TimeStandardKind | 'none' = value?.kind ?? 'none';
  return (
    <fieldset className="fl-fieldset">
      <legend>{t('properties.timeStandard')}</legend>
      <SelectField
        label={t('timeStandard.kindLabel')}
        hint={t(`timeStandard.hint.${kind}`)}
        value={kind}
        options={(['none', ...TIME_STANDARD_KINDS] as const).map((k) => ({ value: k, label: t(`timeStandard.kind.${k}`) }))}
        onChange={(k) => onCommit(k === 'none' ? null : { limit: 1, unit: 'minute', ...value, kind: k })}
      />
      {value && (
        <div className="fl-field-row">
          <NumberField label={t('timeStandard.limit')} value={value.limit} positive onCommit={(n) => onCommit({ ...value, limit: n ?? value.limit })} />
          <SelectField
            label={t('properties.unit')}
            value={value.unit}
            options={TIME_UNITS.map((u) => ({ value: u, label: t(`units.long.${u}`) }))}
            onChange={(unit) => onCommit({ ...value, unit })}
          />
        </div>
      )}
    </fieldset>
  );
}
