import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

// One config for the app build and for Vitest. Playwright specs (tests/e2e) are kept out of
// Vitest on purpose: they import @playwright/test, whose test() crashes under Vitest.
export default defineConfig({
  plugins: [react()],
  // Written into exported files so a file says which app version made it.
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/vitest.setup.ts'],
  },
});
