import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../state';
import type { ProcessRepository } from '../storage';

type AppServices = { repo: ProcessRepository; app: AppStore };

const AppContext = createContext<AppServices | null>(null);

/** Storage and app-wide state for every screen. */
export function AppProvider({ repo, app, children }: AppServices & { children: ReactNode }) {
  return <AppContext.Provider value={{ repo, app }}>{children}</AppContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices needs an <AppProvider>');
  return services;
}

export const useRepository = () => useServices().repo;
export const useApp = <T,>(selector: (s: AppState) => T): T => useStore(useServices().app, selector);
