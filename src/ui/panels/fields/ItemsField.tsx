import { Field } from './Field';
import { useDraft } from './useDraft';

/** Separators people use when listing items, in Chinese and English text. */
const SEPARATORS = /[,，、;；\n]+/;

export const splitItems = (text: string) => text.split(SEPARATORS).map((s) => s.trim()).filter(Boolean);

/** A list of item names (病历、预检单 …) typed as text, separated by commas or 、. */
export function ItemsField({ label, hint, value, onCommit }: { label: string; hint: string; value: string[]; onCommit: (items: string[]) => void }) {
  const joined = value.join('、');
  const [draft, setDraft] = useDraft(joined);
  const commit = () => {
    const items = splitItems(draft);
    if (items.join('、') !== joined) onCommit(items);
    else setDraft(joined);
  };
  return (
    <Field label={label} hint={hint}>
      {(id) => (
        <input
          id={id}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit();
          }}
        />
      )}
    </Field>
  );
}
