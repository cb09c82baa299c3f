import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { makeNotice, recoverAllRescueCopies } from '../../state';
import { acquireEditLock, browserRescueStorage } from '../../storage';
import { useServices } from '../AppContext';

/**
 * Stores changes rescued when a tab closed before saving them (state/rescue.ts); says so when
 * some could only be kept in a process's history because it was saved elsewhere meanwhile.
 */
export function useRecoverRescueCopies() {
  const { repo, app } = useServices();
  const { i18n } = useTranslation();
  useEffect(() => {
    const store = browserRescueStorage();
    if (!store) return;
    void recoverAllRescueCopies(repo, store, acquireEditLock)
      .then((results) => {
        const names = results.flatMap(({ outcome }) => (outcome.kind === 'keptAsVersion' ? [`“${outcome.name}”`] : []));
        if (names.length === 0) return;
        const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names);
        app.setState({ notice: makeNotice('rescue.keptAsVersion', 'error', { names: list }) });
      })
      .catch(() => undefined); // tried again the next time the library is shown
  }, [repo, app, i18n]);
}
