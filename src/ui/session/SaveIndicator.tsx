import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import type { Autosave } from '../../state';
import { CheckIcon, ErrorIcon } from '../icons';

/** Saved / saving / failed, in a word, next to the process name. */
export function SaveIndicator({ autosave }: { autosave: Autosave }) {
  const { t } = useTranslation();
  const status = useStore(autosave.state, (s) => s.status);
  const failed = status === 'failed' || status === 'quota' || status === 'conflict';
  return (
    <span className={`fl-save-status is-${status}`} role="status" data-testid="save-status" data-status={status} title={t(`save.hint.${status}`)}>
      {status === 'saved' && <CheckIcon size={13} />}
      {failed && <ErrorIcon size={13} />}
      {t(`save.status.${status}`)}
    </span>
  );
}
