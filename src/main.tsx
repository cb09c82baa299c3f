// Composition root: languages, storage, app-wide state, then the React tree.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { createAppStore } from './state';
import { DexieRepository, openDatabase } from './storage';
import { AppProvider } from './ui';

async function start() {
  await initI18n({ throwOnMissing: import.meta.env.DEV });
  const repo = new DexieRepository(openDatabase());
  const app = createAppStore();
  if (import.meta.env.DEV || import.meta.env.MODE === 'e2e') {
    const { installTestHook } = await import('./app/testHook');
    installTestHook(repo);
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProvider repo={repo} app={app}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}

void start();
