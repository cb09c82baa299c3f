import { useEffect, useState } from 'react';
import { openSession, type Session, type SessionProblem } from '../../state';
import { acquireEditLock, requestPersistence, waitForEditLock } from '../../storage';
import { useRepository } from '../AppContext';

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
 * page is hidden or closed and when the process is left. A process opened read-only because
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
    const flush = () => void session?.autosave?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);

    void openSession(repo, id, { acquireLock: acquireEditLock, onFirstSave: askForPersistence }).then((result) => {
      if (cancelled) {
        if (result.ok) void result.value.close();
        return;
      }
      if (!result.ok) return setState({ kind: 'failed', problem: result.error });
      session = result.value;
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
      window.removeEventListener('pagehide', flush);
      void session?.close();
    };
  }, [repo, id, generation]);

  return [state, () => setGeneration((g) => g + 1)];
}
