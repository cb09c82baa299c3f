import { useEffect, useState } from 'react';
import { openSession, type Session, type SessionProblem } from '../../state';
import { acquireEditLock, browserRescueStorage, requestPersistence, waitForEditLock } from '../../storage';
import { useRepository } from '../AppContext';
import { tellWhatWasRecovered } from './tellWhatWasRecovered';

/** `opening` numbers each opening, so the editor screen is rebuilt for a reopened process. */
export type SessionState =
  | { kind: 'loading' }
  | { kind: 'ready'; session: Session; opening: number }
  | { kind: 'failed'; problem: SessionProblem };

let persistenceAsked = false;
/** Asked once, after the first successful save (browsers grant it more readily then). */
const askForPersistence = () => {
  if (persistenceAsked) return;
  persistenceAsked = true;
  void requestPersistence();
};

/**
 * Opens a stored process while the component is mounted. Pending changes are stored when the
 * process is left, and when the page is hidden or closed (kept at once in a rescue copy too,
 * since the page may die before the database write ends). A process opened read-only because
 * another tab edits it reopens for editing by itself once that tab lets go.
 */
export function useSession(id: string): [SessionState, () => void] {
  const repo = useRepository();
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let session: Session | null = null;
    const waiting = new AbortController();
    const hide = () => session?.hide();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') hide();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', hide);

    const deps = { acquireLock: acquireEditLock, rescues: browserRescueStorage(), onFirstSave: askForPersistence };
    void openSession(repo, id, deps).then((result) => {
      if (cancelled) {
        if (result.ok) void result.value.close();
        return;
      }
      if (!result.ok) return setState({ kind: 'failed', problem: result.error });
      session = result.value;
      tellWhatWasRecovered(session);
      setState({ kind: 'ready', session, opening: generation });
      if (!session.autosave && typeof navigator !== 'undefined' && navigator.locks) {
        waitForEditLock(id, waiting.signal)
          .then((lock) => {
            lock.release();
            if (!cancelled) setGeneration((g) => g + 1);
          })
          .catch(() => undefined); // aborted when leaving the process
      }
    });

    return () => {
      cancelled = true;
      waiting.abort();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', hide);
      void session?.close();
    };
  }, [repo, id, generation]);

  return [state, () => setGeneration((g) => g + 1)];
}
