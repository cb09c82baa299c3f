import { useTranslation } from 'react-i18next';
import { convertDistribution, DISTRIBUTION_KINDS, TIME_UNITS, type Distribution, type Duration } from '../../../model';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

type Param = 'value' | 'min' | 'mode' | 'max' | 'mean' | 'sd';

/** The parameters of each kind, with the limits that keep them in order (min ≤ mode ≤ max). */
function paramsOf(d: Distribution): { key: Param; value: number; min?: number; max?: number; positive?: boolean }[] {
  switch (d.kind) {
    case 'fixed':
      return [{ key: 'value', value: d.value, min: 0 }];
    case 'uniform':
      return [{ key: 'min', value: d.min, min: 0, max: d.max }, { key: 'max', value: d.max, min: d.min }];
    case 'triangular':
      return [
        { key: 'min', value: d.min, min: 0, max: d.mode },
        { key: 'mode', value: d.mode, min: d.min, max: d.max },
        { key: 'max', value: d.max, min: d.mode },
      ];
    case 'exponential':
      return [{ key: 'mean', value: d.mean, positive: true }];
    case 'normal':
      return [{ key: 'mean', value: d.mean, min: 0 }, { key: 'sd', value: d.sd, min: 0 }];
    case 'lognormal':
      return [{ key: 'mean', value: d.mean, positive: true }, { key: 'sd', value: d.sd, min: 0 }];
  }
}

/** How long something takes: a distribution (fixed, range, …) in a time unit. */
export function DurationField({ value, onCommit, legend }: { value: Duration; onCommit: (d: Duration) => void; legend?: string }) {
  const { t } = useTranslation();
  const unit = t(`units.long.${value.unit}`);
  return (
    <fieldset className="fl-fieldset">
      <legend>{legend ?? t('properties.duration')}</legend>
      <SelectField
        label={t('properties.distribution')}
        hint={t(`distributions.hint.${value.dist.kind}`)}
        value={value.dist.kind}
        options={DISTRIBUTION_KINDS.map((k) => ({ value: k, label: t(`distributions.${k}`) }))}
        onChange={(kind) => onCommit({ ...value, dist: convertDistribution(value.dist, kind) })}
      />
      <div className="fl-field-row">
        {paramsOf(value.dist).map((p) => (
          <NumberField
            key={`${value.dist.kind}:${p.key}`}
            label={t(`distributions.param.${p.key}`)}
            value={p.value}
            min={p.min}
            max={p.max}
            positive={p.positive}
            suffix={unit}
            onCommit={(n) => onCommit({ ...value, dist: { ...value.dist, [p.key]: n ?? 0 } as Distribution })}
          />
        ))}
      </div>
      <SelectField
        label={t('properties.unit')}
        value={value.unit}
        options={TIME_UNITS.map((u) => ({ value: u, label: t(`units.long.${u}`) }))}
        onChange={(u) => onCommit({ ...value, unit: u })}
      />
    </fieldset>
  );
}
