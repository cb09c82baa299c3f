// The process open in this tab, if any, for things outside the React tree that need it
// (the dev/e2e test hook).
import { createStore } from 'zustand/vanilla';
import type { Session } from './session';

export const activeSession = createStore<{ session: Session | null }>()(() => ({ session: null }));
