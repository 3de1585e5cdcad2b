import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', 'test-results', '**/*.xlsx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser, ...globals.jest, Office: 'readonly', Excel: 'readonly' },
    },
    rules: {
      'no-eval': 'error',
      // Chinese text uses the ideographic space (U+3000) on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The engine runs in Excel, a browser and Node: it may not import the adapters or Node modules.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/excel/**', '**/cli/**', '**/taskpane/**', '**/commands/**'],
              message: 'The engine never imports from the adapters.',
            },
            {
              group: ['fs', 'path', 'os', 'node:*', 'child_process', 'exceljs', 'react', 'react-dom'],
              message: 'The engine is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
);
