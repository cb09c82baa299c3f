import { useState } from 'react';

/**
 * A field's local text while the user types; it is committed (one command, one undo step) when
 * the field loses focus or Enter is pressed, and follows the document when it changes elsewhere
 * (e.g. undo). The reset during render is React's pattern for state derived from a prop.
 */
export function useDraft(value: string) {
  const [draft, setDraft] = useState(value);
  const [source, setSource] = useState(value);
  if (value !== source) {
    setSource(value);
    setDraft(value);
  }
  return [draft, setDraft] as const;
}
