import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import adminVue from './apps/admin/eslint.vue.js';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/dist-bench/**', '**/node_modules/**', '**/.turbo/**', 'data/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // A change and its audit entries commit together only through services/audit/audited.ts (issue 9).
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/services/audit/audited.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@kaoping/store', importNames: ['appendAudit'], message: 'Append audit entries through audited() (services/audit/audited.ts).' }],
        },
      ],
    },
  },
  ...adminVue,
);
