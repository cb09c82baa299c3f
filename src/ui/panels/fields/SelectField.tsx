import { Field } from './Field';

type Props<V extends string> = { label: string; value: V; options: { value: V; label: string }[]; onChange: (value: V) => void; hint?: string };

export function SelectField<V extends string>({ label, value, options, onChange, hint }: Props<V>) {
  return (
    <Field label={label} hint={hint}>
      {(id) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
