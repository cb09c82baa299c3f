// Lint rules, including the module boundaries of ../shared/design.md: pure folders import no
// UI, storage or engine libraries, and only src/ui/canvas may import React Flow.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_AND_IO = ['react', 'react-dom', 'react-dom/*', '@xyflow/*', 'zustand', 'zustand/*', 'zundo', 'dexie', 'dexie-react-hooks', 'i18next', 'react-i18next', 'i18next-*', 'jspdf', 'elkjs', 'elkjs/*'];
const restrict = (group, message) => ['error', { patterns: [{ group, message }] }];

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.flat['recommended-latest'].rules,
  },
  {
    files: ['src/shared/**', 'src/model/**', 'src/sim/**', 'src/layout/**', 'src/export/**'],
    ignores: ['src/layout/engine/**', 'src/sim/worker/**', 'src/export/pdf*'],
    rules: { 'no-restricted-imports': restrict(UI_AND_IO, 'Pure modules take data and return data: no UI, storage or engine libraries here (design.md).') },
  },
  {
    files: ['src/state/**', 'src/storage/**'],
    rules: { 'no-restricted-imports': restrict(['react', 'react-dom', '@xyflow/*', 'i18next', 'react-i18next'], 'State and storage know nothing of React, React Flow or translations (design.md).') },
  },
  {
    files: ['src/ui/**'],
    ignores: ['src/ui/canvas/**', 'src/ui/shortcuts.ts', 'src/ui/hooks/useKeyboardShortcuts.ts'],
    rules: { 'no-restricted-imports': restrict(['@xyflow/*', 'dexie'], 'React Flow belongs to src/ui/canvas; storage is reached through src/state (design.md).') },
  },
);
