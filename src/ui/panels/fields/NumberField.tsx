import { useTranslation } from 'react-i18next';
import { Field } from './Field';
import { useDraft } from './useDraft';

type Props = {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void;
  min?: number;
  max?: number;
  /** Whole numbers only (e.g. staff counts). */
  integer?: boolean;
  /** Empty means "not set" (null) instead of an error. */
  optional?: boolean;
  /** Must be more than 0 (e.g. a mean time). */
  positive?: boolean;
  hint?: string;
  suffix?: string;
};

/** Parses what was typed; returns an i18n error key when the value is not acceptable. */
export function parseNumber(text: string, p: Pick<Props, 'min' | 'max' | 'integer' | 'optional' | 'positive'>): { value: number | null } | { error: string; limit?: number } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return p.optional ? { value: null } : { error: 'fields.required' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { error: 'fields.notANumber' };
  if (p.integer && !Number.isInteger(value)) return { error: 'fields.wholeNumber' };
  if (p.positive && value <= 0) return { error: 'fields.positive' };
  if (p.min !== undefined && value < p.min) return { error: 'fields.atLeast', limit: p.min };
  if (p.max !== undefined && value > p.max) return { error: 'fields.atMost', limit: p.max };
  return { value };
}

/** A number committed on blur or Enter; a bad value is explained and nothing is changed. */
export function NumberField({ label, value, onCommit, hint, suffix, ...limits }: Props) {
  const { t } = useTranslation();
  const shown = value === null ? '' : String(value);
  const [draft, setDraft] = useDraft(shown);
  const parsed = parseNumber(draft, limits);
  const error = 'error' in parsed ? t(parsed.error as 'fields.required', { limit: parsed.limit }) : null;
  const commit = () => {
    if ('value' in parsed && parsed.value !== value) onCommit(parsed.value);
  };
  return (
    <Field label={label} hint={hint} error={error}>
      {(id) => (
        <span className="fl-number">
          <input
            id={id}
            inputMode="decimal"
            value={draft}
            aria-invalid={!!error}
            onChange={(e) => setDraft(e.target.value)}
            // Leaving the field with a refused value puts the stored one back: otherwise a value
            // refused only because of another field (a minimum above the maximum) would look
            // saved, without an error, once that other field changes.
            onBlur={() => ('error' in parsed ? setDraft(shown) : commit())}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') setDraft(shown);
            }}
          />
          {suffix && <span className="fl-suffix">{suffix}</span>}
        </span>
      )}
    </Field>
  );
}
