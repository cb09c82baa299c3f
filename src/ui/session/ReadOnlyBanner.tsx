import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { useTranslation } from 'react-i18next';
import { WarningIcon } from '../icons';
import { useSessionControls } from './SessionContext';

// A stand-in for the editor without autosave, so the hooks below run unconditionally.
const NO_STATE = createStore(() => ({ status: 'saved' }));

/**
 * Says why the process cannot be changed here and what to do: it is being edited in another tab
 * (it becomes editable by itself when that tab closes), or someone else saved it meanwhile.
 */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const controls = useSessionControls();
  const autosave = controls?.session.autosave;
  const conflict = useStore(autosave?.state ?? NO_STATE, (s) => s.status === 'conflict');
  const quota = useStore(autosave?.state ?? NO_STATE, (s) => s.status === 'quota');
  if (!controls) return null;
  const lockedElsewhere = !autosave;
  if (!lockedElsewhere && !conflict && !quota) return null;
  const reason = lockedElsewhere ? 'otherTab' : conflict ? 'conflict' : 'quota';
  return (
    <div className={`fl-banner is-${reason}`} role="alert" data-testid="session-banner" data-reason={reason}>
      <WarningIcon size={16} />
      <span>{t(`session.${reason}`)}</span>
      {reason === 'conflict' && (
        <button type="button" className="fl-button" onClick={controls.reload}>{t('session.reload')}</button>
      )}
      {reason !== 'quota' && (
        <button type="button" className="fl-button" onClick={() => void controls.saveAsCopy()}>{t('session.saveAsCopy')}</button>
      )}
    </div>
  );
}
