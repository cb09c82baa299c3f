import { useTranslation } from 'react-i18next';
import { LANE_COLORS } from '../../model';
import { Field } from './fields/Field';

/** A lane colour: one of the soft preset colours, or any colour from the picker. */
export function ColorField({ value, onChange }: { value: string; onChange: (color: string) => void }) {
  const { t } = useTranslation();
  return (
    <Field label={t('properties.color')}>
      {(id) => (
        <div className="fl-swatches">
          {LANE_COLORS.map((c) => (
            <button
              key={c}
              type="button"
              className={`fl-swatch ${c === value ? 'is-current' : ''}`}
              style={{ background: c }}
              aria-label={t('properties.colorSwatch', { color: c })}
              aria-pressed={c === value}
              onClick={() => onChange(c)}
            />
          ))}
          <input id={id} type="color" value={value} onChange={(e) => onChange(e.target.value)} />
        </div>
      )}
    </Field>
  );
}
