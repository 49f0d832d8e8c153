import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import {noImportCycle} from './test/lint/import-cycles.mjs';

const natter = {rules: {'no-import-cycle': noImportCycle}};

export default tseslint.config(
  {ignores: ['**/node_modules/**', '**/dist/**', 'dist-wordpress/**', '.data/**', 'coverage/**']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.browser, ...globals.node, ...globals.mocha}},
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_'},
      ],
      'no-console': ['error', {allow: ['warn', 'error']}],
      eqeqeq: ['error', 'smart'],
    },
  },
  // The widget's templates and elements.
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
    rules: {
      ...litA11y.configs.recommended.rules,
      // The comment lists say role="list" on purpose: with `list-style: none`
      // Safari (VoiceOver) stops announcing an <ol> as a list otherwise.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    // The thread's <ol> listens for clicks delegated from the buttons inside
    // it, which the keyboard already operates; the list itself is not a control.
    files: ['src/components/natter-comments/thread-section.ts'],
    rules: {'lit-a11y/click-events-have-key-events': 'off'},
  },
  // The widget's structure: small files, no import circles, core/ free of the layers above it.
  {
    files: ['src/**/*.ts'],
    plugins: {natter},
    rules: {
      'max-lines': ['error', {max: 250}],
      'natter/no-import-cycle': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/adapters/**', '**/components/**', '**/events/**', 'lit', 'lit/**'],
              message: 'core/ is framework-free logic: it imports neither adapters nor components.',
            },
          ],
        },
      ],
    },
  },
  // A focused test (`it.only`, `describe.only`) would silently skip the rest of the suite.
  {
    files: ['test/**', 'server/test/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {object: 'it', property: 'only', message: 'A focused test skips the others.'},
        {object: 'describe', property: 'only', message: 'A focused suite skips the others.'},
        {object: 'test', property: 'only', message: 'A focused test skips the others.'},
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/support/**', '**/*.mjs', 'server/bin/**'],
    rules: {'no-console': 'off'},
  },
);
