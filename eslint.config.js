import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Process boundaries, enforced: these are the rules DEVELOPERS.md calls "visible and enforced". */
const noElectron = {
  paths: [
    { name: 'electron', message: 'Only main/electron/ and main/security.ts may use Electron.' },
  ],
};
const rendererBoundary = {
  patterns: [
    {
      group: ['**/main/ipc/contract'],
      allowTypeImports: true,
      message: 'The renderer may import only types from the contract.',
    },
    {
      group: ['**/main/**', '**/db/**', '**/hardware/**', '!**/main/ipc/contract'],
      message: 'The renderer reaches services only through the contract (KioskApi).',
    },
    {
      group: [
        'electron',
        'node:*',
        'better-sqlite3',
        'nfc-pcsc',
        'ws',
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
    files: ['db/**', 'hardware/**', 'main/**'],
    ignores: ['main/electron/**', 'main/security.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', noElectron] },
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
