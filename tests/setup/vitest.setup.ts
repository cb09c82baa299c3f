// Shared Vitest setup. UI tests opt into jsdom per file with `// @vitest-environment jsdom`.
export {};
