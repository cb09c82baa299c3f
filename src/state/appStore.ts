// App-wide state outside any one editor: the notice shown on the library screen and the
// progress of importing files (which can start on any screen, by picker or drag-and-drop).
import { createStore } from 'zustand/vanilla';
import type { FileProblem, ProcessDocument } from '../model';
import type { Notice } from './viewStore';

export type ImportState =
  | { step: 'problems'; fileName: string; problems: FileProblem[] }
  | { step: 'conflicts'; docs: ProcessDocument[]; existing: string[] }
  | null;

export type AppState = { notice: Notice | null; importing: ImportState };

export const createAppStore = () => createStore<AppState>()(() => ({ notice: null, importing: null }));
export type AppStore = ReturnType<typeof createAppStore>;
