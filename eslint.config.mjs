// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'test/graphql/**',
      'node_modules/**',
      '.tools/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      'apps/web/src/graphql/generated/**',
      'apps/web/test-results/**',
      'apps/web/playwright-report/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      // Lets consistent-type-imports keep value imports that decorator metadata needs (Nest DI).
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
      // Decorated properties need explicit types: decorator metadata is read from them.
      '@typescript-eslint/no-inferrable-types': 'off',
    },
  },
  {
    // Command-line tools and benchmarks talk to a terminal on purpose.
    files: ['**/cli/**', '**/bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The web app runs in the browser; its build and browser-test files run in Node.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['apps/web/e2e/**', 'apps/web/*.{ts,mts}'],
    rules: { 'no-console': 'off' },
  },
);
