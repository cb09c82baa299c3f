// Composition root: languages, the editor (document + view stores), then the React tree.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { App } from './app/App';
import { initI18n } from './i18n';
import { emptyDocument, newId } from './model';
import { createEditor } from './state';

async function start() {
  await initI18n({ throwOnMissing: import.meta.env.DEV });
  const editor = createEditor(emptyDocument(newId('process'), i18next.t('defaults.processName')));
  if (import.meta.env.DEV || import.meta.env.MODE === 'e2e') {
    const { installTestHook } = await import('./app/testHook');
    installTestHook(editor);
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App editor={editor} />
    </StrictMode>,
  );
}

void start();
