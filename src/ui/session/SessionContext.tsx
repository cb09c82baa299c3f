import { createContext, useContext, type ReactNode } from 'react';
import type { Session } from '../../state';

/** What editor chrome needs from the open process: saving, reloading, copying. */
export type SessionControls = {
  session: Session;
  /** Opens the stored version again (after a conflict, or once another tab lets go). */
  reload: () => void;
  /** Stores the editor's current content as a new process and opens it. */
  saveAsCopy: () => Promise<void>;
};

const SessionContext = createContext<SessionControls | null>(null);

export function SessionProvider({ controls, children }: { controls: SessionControls; children: ReactNode }) {
  return <SessionContext.Provider value={controls}>{children}</SessionContext.Provider>;
}

/** The open process's controls, or null when the editor runs without storage. */
export const useSessionControls = () => useContext(SessionContext);
