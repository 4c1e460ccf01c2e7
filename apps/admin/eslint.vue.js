// ESLint flat-config block for the admin SPA's .vue files. The root eslint.config.js spreads it in:
//   import adminVue from './apps/admin/eslint.vue.js';  …  ...adminVue,
// It lives here so that eslint-plugin-vue and vue-eslint-parser resolve from apps/admin's devDependencies.
import vue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';

export default [
  ...vue.configs['flat/recommended'].map((c) => ({ ...c, files: ['apps/admin/**/*.vue'] })),
  {
    files: ['apps/admin/**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Element Plus tables and forms read better with several short attributes on one line.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
    },
  },
  {
    // The condition builder edits the v-model'd condition tree in place, node by node.
    files: ['apps/admin/src/components/condition-builder/*.vue'],
    rules: { 'vue/no-mutating-props': 'off' },
  },
];
