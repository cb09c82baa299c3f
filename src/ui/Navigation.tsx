import { createContext, useContext, type ReactNode } from 'react';

/** Where things are, as links; the app decides the URL scheme (see app/router.ts). */
export type Navigation = {
  libraryHref: string;
  trashHref: string;
  newProcessHref: string;
  processHref: (id: string) => string;
  openProcess: (id: string) => void;
  /** Opens a process in place of the current page in the history (e.g. after "new"). */
  replaceWithProcess: (id: string) => void;
};

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ value, children }: { value: Navigation; children: ReactNode }) {
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation needs a <NavigationProvider>');
  return nav;
}
