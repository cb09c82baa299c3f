import { useEffect, useState } from 'react';

/**
 * A field's local text while the user types; it is committed (one command, one undo step) when
 * the field loses focus or Enter is pressed, and follows the document when it changes elsewhere
 * (e.g. undo).
 */
export function useDraft(value: string) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return [draft, setDraft] as const;
}
