import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

type Props = {
  value: string;
  onCommit: (value: string) => void;
  onCancel: () => void;
  ariaLabel: string;
  className?: string;
};

/**
 * Edits a label in place. Enter commits (Shift+Enter adds a line), Escape cancels, leaving the
 * field commits. While an input method is composing (pinyin, zhuyin …) Enter and Escape belong to
 * the IME, so they are ignored here: otherwise choosing a candidate would end the edit.
 */
export function InlineTextEditor({ value, onCommit, onCancel, ariaLabel, className }: Props) {
  const [draft, setDraft] = useState(value);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) onCommit(draft.trim());
    else onCancel();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    e.stopPropagation();
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      finish(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    }
  };

  return (
    <textarea
      ref={ref}
      className={`fl-inline-editor nodrag nopan nowheel ${className ?? ''}`}
      aria-label={ariaLabel}
      value={draft}
      rows={Math.min(4, Math.max(1, draft.split('\n').length))}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}
