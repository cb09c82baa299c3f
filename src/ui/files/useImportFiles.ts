import { useCallback } from 'react';
import { useServices } from '../AppContext';
import { importFiles } from './importFiles';

/** Starts importing files (from the picker or a drop); dialogs take over from there. */
export function useImportFiles() {
  const { repo, app } = useServices();
  return useCallback((files: File[]) => void importFiles(files, repo, app), [repo, app]);
}
