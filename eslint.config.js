// `npm run lint`: typescript-eslint (type-aware), eslint-plugin-lit (templates), eslint-plugin-wc (custom element
// rules), then lit-analyzer for template types and Prettier for layout (see package.json).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'src/generated/',
      'bench/out/',
      'test/consumers/**/node_modules/',
      'test/consumers/**/dist/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      eqeqeq: ['error', 'smart'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text through Lit templates; content is never HTML.' },
        { property: 'outerHTML', message: 'Render text through Lit templates; content is never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render text through Lit templates; content is never HTML.' },
      ],
    },
  },
  {
    files: ['src/elements/**/*.ts'],
    ignores: ['src/elements/**/*.test.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/elements/**/*.ts'],
    ignores: ['src/elements/**/*.test.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/elements/**/*.ts'],
    ignores: ['src/elements/**/*.test.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**', 'scripts/**', 'demo/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'no-restricted-properties': 'off' },
  },
);
