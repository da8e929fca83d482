import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render page content through Preact or sanitizeHtml, never innerHTML.' },
      ],
    },
  },
  {
    // Content scripts run beside hostile pages and must never open the page's IndexedDB.
    files: ['src/content/**', 'src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['dexie', '**/db/**', 'webextension-polyfill'], message: 'Content and core code never import Dexie, the db layer or the polyfill.' }] }],
    },
  },
);
