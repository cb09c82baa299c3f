import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../EditorContext';
import { useSessionControls } from '../session/SessionContext';
import { matches, SHORTCUTS } from '../shortcuts';

/** Typing in a field must never trigger a shortcut (labels, names and notes take every key). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * A focused button or link keeps Enter and Space for itself. Elements that are buttons only by
 * role (the lane header) are not skipped: they handle no keys, and after a click on a lane header
 * Enter must still rename the selected lane as the help says.
 */
const isActivation = (e: KeyboardEvent) =>
  (e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLElement && !!e.target.closest('button, a');

export function useKeyboardShortcuts() {
  const editor = useEditor();
  const flow = useReactFlow();
  const { t } = useTranslation();
  const autosave = useSessionControls()?.session.autosave;
  useEffect(() => {
    const save = autosave ? () => void autosave.flush() : undefined;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || isTyping(e.target) || isActivation(e)) return;
      if (editor.view.getState().dialog) return; // dialogs handle their own keys
      const shortcut = SHORTCUTS.find((s) => s.keys.some((k) => matches(k, e)));
      if (!shortcut) return;
      e.preventDefault();
      shortcut.run({ editor, flow, t, save }, e);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor, flow, t, autosave]);
}
