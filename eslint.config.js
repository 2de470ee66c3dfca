import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/', 'scratch/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Untrusted text meets these patterns: none may backtrack super-linearly (a run of "(" once took 280 s).
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': ['error', { ignoreSticky: true, ignorePartial: false }],
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['better-sqlite3', 'pg'], message: 'Only src/storage/dialects may import database drivers.' }] }],
    },
  },
  {
    // The web app runs in a browser: it takes the API's types from web/src/api-types.ts (generated), never the server's code or types.
    files: ['web/**'],
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', location: 'readonly', history: 'readonly', fetch: 'readonly', sessionStorage: 'readonly', URL: 'readonly',
        URLSearchParams: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', HTMLInputElement: 'readonly', HTMLFormElement: 'readonly',
        MouseEvent: 'readonly', Element: 'readonly', Response: 'readonly', addEventListener: 'readonly', scrollTo: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
      },
    },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/services/**', '**/src/storage/**', '**/src/api/**', '**/src/cli/**'], message: 'The web app takes its types of the API from web/src/api-types.ts (generated), never from the server.' }] }],
    },
  },
  {
    files: ['src/storage/dialects/**', 'test/support/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/storage/**', '**/services/**', '**/cli/**', '**/importers/**', 'node:fs', 'node:fs/promises'], message: 'The domain does no I/O and depends on no other layer.' }] }],
    },
  },
);
