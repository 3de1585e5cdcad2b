import { execFileSync } from 'child_process';
import * as path from 'path';

/*
 * issue 11 item 5: `npm run lint` fails on an import that crosses a folder boundary. ESLint's Node API
 * lints one import line as if it were a file in each folder (the real eslint.config.mjs). It runs in a
 * child Node: the flat config is an ES module, which Jest's CommonJS sandbox cannot import.
 */

const ROOT = path.resolve(__dirname, '../..');

interface Case {
  file: string;
  source: string;
}

const LINT = `
const { ESLint } = require('eslint');
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const c of cases) {
    const [r] = await eslint.lintText(c.source + '\\nexport const used = x;\\n', { filePath: c.file });
    out.push(r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;

function restrictedImportMessages(cases: Case[]): string[][] {
  const out = execFileSync(process.execPath, ['-e', LINT, JSON.stringify(cases)], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as string[][];
}

/** [file in a folder, an import that crosses out of it] */
const CROSSINGS: Array<[string, string]> = [
  ['src/taskpane/narrative/readPreviousYearFile.ts', "import { x } from '../../cli/readWorkbookFile';"],
  ['src/taskpane/App.tsx', "import { x } from '../commands/commandActions';"],
  ['src/taskpane/App.tsx', "import { x } from '../preview/loadWorkbookFile';"],
  ['src/commands/commands.ts', "import { x } from '../taskpane/useCheckSession';"],
  ['src/commands/commands.ts', "import { x } from '../cli/main';"],
  ['src/commands/commands.ts', "import { x } from '../xlsx/workbookToGrid';"],
  ['src/excel/writeReport.ts', "import { x } from '../taskpane/strings';"],
  ['src/excel/writeReport.ts', "import { x } from '../shared/strings';"],
  ['src/excel/writeReport.ts', "import { x } from '../cli/annotateWorkbook';"],
  ['src/shared/strings.ts', "import { x } from '../taskpane/App';"],
  ['src/shared/strings.ts', "import { x } from '../commands/commands';"],
  ['src/cli/main.ts', "import { x } from '../excel/writeReport';"],
  ['src/cli/main.ts', "import { x } from '../taskpane/strings';"],
  ['src/cli/main.ts', "import { x } from '../shared/strings';"],
  ['src/xlsx/workbookToGrid.ts', "import { x } from '../cli/readWorkbookFile';"],
  ['src/xlsx/workbookToGrid.ts', "import { x } from '../report/reportRows';"],
  ['src/xlsx/workbookToGrid.ts', "import { x } from 'fs';"],
  ['src/report/reportRows.ts', "import { x } from '../excel/markColors';"],
  ['src/report/reportRows.ts', "import { x } from '../cli/annotateWorkbook';"],
  ['src/report/reportRows.ts', "import { x } from 'exceljs';"],
  ['src/engine/findings.ts', "import { x } from '../xlsx/workbookToGrid';"],
  ['src/engine/findings.ts', "import { x } from '../report/reportRows';"],
  ['src/engine/findings.ts', "import { x } from '../excel';"],
  ['src/preview/loadWorkbookFile.ts', "import { x } from '../cli/readWorkbookFile';"],
];

/** Imports each folder may make. */
const ALLOWED: Array<[string, string]> = [
  ['src/taskpane/narrative/readPreviousYearFile.ts', "import { x } from '../../xlsx/workbookToGrid';"],
  ['src/taskpane/App.tsx', "import { x } from '../shared/strings';"],
  ['src/taskpane/App.tsx', "import { x } from '../excel/types';"],
  ['src/commands/commands.ts', "import { x } from '../shared/errorMessage';"],
  ['src/commands/commands.ts', "import { x } from '../excel/createWorkbookAdapter';"],
  ['src/excel/writeReport.ts', "import { x } from '../engine/findings';"],
  ['src/shared/excelRunner.ts', "import { x } from '../excel/types';"],
  ['src/cli/main.ts', "import { x } from '../xlsx/workbookToGrid';"],
  ['src/cli/main.ts', "import { x } from 'fs';"],
  ['src/xlsx/workbookToGrid.ts', "import { x } from '../engine/grid';"],
  ['src/xlsx/workbookToGrid.ts', "import { x } from 'exceljs';"],
  ['src/preview/PreviewHost.tsx', "import { x } from '../taskpane/App';"],
  ['src/preview/loadWorkbookFile.ts', "import { x } from '../xlsx/workbookToGrid';"],
];

describe('folder boundaries (eslint no-restricted-imports)', () => {
  const results = restrictedImportMessages(
    [...CROSSINGS, ...ALLOWED].map(([file, source]) => ({ file: path.join(ROOT, file), source })),
  );

  it.each(CROSSINGS.map((c, i) => [...c, i] as const))('%s: %s is an error', (file, _source, i) => {
    expect(results[i]).toHaveLength(1);
    const folder = file.split('/')[1];
    expect(results[i][0]).toMatch(new RegExp(`src/${folder} (may import only|runs in Excel)`));
  });

  it.each(ALLOWED.map((c, i) => [...c, CROSSINGS.length + i] as const))('%s: %s is allowed', (_file, _source, i) => {
    expect(results[i]).toEqual([]);
  });
});
