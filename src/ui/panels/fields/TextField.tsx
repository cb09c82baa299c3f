import { Field } from './Field';
import { useDraft } from './useDraft';

type Props = { label: string; value: string; onCommit: (value: string) => void; hint?: string; multiline?: boolean; rows?: number; placeholder?: string };

/** Text committed on blur (and on Enter for a single line; IME composition is respected). */
export function TextField({ label, value, onCommit, hint, multiline, rows = 4, placeholder }: Props) {
  const [draft, setDraft] = useDraft(value);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <Field label={label} hint={hint}>
      {(id) =>
        multiline ? (
          <textarea id={id} value={draft} rows={rows} placeholder={placeholder} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
        ) : (
          <input
            id={id}
            value={draft}
            placeholder={placeholder}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit();
              if (e.key === 'Escape') setDraft(value);
            }}
          />
        )
      }
    </Field>
  );
}
