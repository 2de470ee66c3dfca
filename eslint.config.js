import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'scratch/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['better-sqlite3', 'pg'], message: 'Only src/storage/dialects may import database drivers.' }] }],
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
