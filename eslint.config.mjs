import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/*
 * Which src folder may import which (issue 11 item 5). A folder absent from a list may not be imported:
 * the pane never imports the command line, the ribbon commands never import the pane, the engine imports
 * nothing outside itself. test/safety/importBoundaries.test.ts lints a crossing of each boundary.
 */
const FOLDER_IMPORTS = {
  engine: [],
  xlsx: ['engine'],
  report: ['engine'],
  cli: ['engine', 'xlsx', 'report'],
  shared: ['engine', 'excel'],
  excel: ['engine', 'report'],
  taskpane: ['engine', 'excel', 'report', 'shared', 'xlsx'],
  commands: ['engine', 'excel', 'report', 'shared'],
  preview: ['engine', 'xlsx', 'report', 'shared', 'excel', 'taskpane', 'commands'],
};

/** Code that also runs in Excel or a browser: no Node modules. */
const NODE_MODULES = ['fs', 'fs/*', 'path', 'os', 'node:*', 'child_process'];
const PURE = {
  engine: [...NODE_MODULES, 'exceljs', 'exceljs/*', 'react', 'react-dom'],
  report: [...NODE_MODULES, 'exceljs', 'exceljs/*', 'react', 'react-dom'],
  xlsx: [...NODE_MODULES, 'react', 'react-dom'],
};

function boundaries() {
  const folders = Object.keys(FOLDER_IMPORTS);
  return folders.map((folder) => {
    const allowed = FOLDER_IMPORTS[folder];
    const forbidden = folders.filter((f) => f !== folder && !allowed.includes(f));
    const patterns = [
      {
        group: forbidden.flatMap((f) => [`**/${f}`, `**/${f}/**`]),
        message: `src/${folder} may import only from ${allowed.length ? allowed.map((f) => `src/${f}`).join(', ') : 'itself'} (eslint.config.mjs FOLDER_IMPORTS).`,
      },
    ];
    if (PURE[folder])
      patterns.push({
        group: PURE[folder],
        message: `src/${folder} runs in Excel and the browser too: no Node modules.`,
      });
    return {
      files: [`src/${folder}/**/*.{ts,tsx,js,mjs,cjs}`],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    };
  });
}

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
  ...boundaries(),
);
