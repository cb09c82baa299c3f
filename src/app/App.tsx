import { useMemo } from 'react';
import { AppNotice, DropImport, ImportDialogs, LibraryScreen, NavigationProvider, NewProcess, ProcessScreen, type Navigation } from '../ui';
import { hrefOf, navigate, useRoute } from './router';

/** The application shell: the screen the URL names, plus what works on every screen. */
export function App() {
  const route = useRoute();
  const navigation = useMemo<Navigation>(
    () => ({
      libraryHref: hrefOf({ screen: 'library', trash: false }),
      trashHref: hrefOf({ screen: 'library', trash: true }),
      newProcessHref: hrefOf({ screen: 'new' }),
      processHref: (id) => hrefOf({ screen: 'process', id }),
      openProcess: (id) => navigate({ screen: 'process', id }),
      replaceWithProcess: (id) => navigate({ screen: 'process', id }, { replace: true }),
    }),
    [],
  );
  return (
    <NavigationProvider value={navigation}>
      {route.screen === 'process' ? (
        <ProcessScreen key={route.id} id={route.id} />
      ) : route.screen === 'new' ? (
        <NewProcess />
      ) : (
        <LibraryScreen key={String(route.trash)} trash={route.trash} />
      )}
      <DropImport />
      <ImportDialogs />
      <AppNotice />
    </NavigationProvider>
  );
}
