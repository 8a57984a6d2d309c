import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Process boundaries, enforced (docs/ARCHITECTURE.md): Electron only in main/electron/; the
 * renderer only through the contract; db/ below main/. test/architecture.test.ts checks the rest
 * (folder cycles, what the contract carries at run time, features' public surfaces).
 */
const noElectron = {
  paths: [{ name: 'electron', message: 'Only main/electron/ may use Electron.' }],
};
const dbBoundary = {
  paths: noElectron.paths,
  patterns: [{ group: ['**/main/**'], message: 'db/ sits below main/: it never imports from it.' }],
};
const rendererBoundary = {
  patterns: [
    {
      group: [
        '**/main/**',
        '**/db/**',
        '**/hardware/**',
        '**/vocabulary',
        '**/vocabulary/**',
        '!**/main/contract',
      ],
      message: 'The renderer reaches the services only through main/contract (KioskApi).',
    },
    {
      group: [
        'electron',
        'node:*',
        'better-sqlite3',
        'nfc-pcsc',
        'ws',
        'zod',
        'fs',
        'path',
        'child_process',
      ],
      message: 'The renderer runs in a sandboxed page: no Node or Electron modules.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip|todo)$/]',
          message: 'No focused or skipped tests.',
        },
      ],
    },
  },
  {
    // Scripts injected into pages by tests and benchmarks run in the browser.
    files: ['bench/*-probe.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['hardware/**', 'main/**', 'vocabulary/**'],
    ignores: ['main/electron/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['db/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', dbBoundary] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': ['error', rendererBoundary],
    },
  },
);
