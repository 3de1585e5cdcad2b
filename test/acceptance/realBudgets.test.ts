/**
 * Acceptance (issue 9): the real Shanghai 预算 documents of ../shared/real/budget and the blank Shanghai templates.
 * Every table is recognised with its kind and the template is named shanghai; the documents that
 * ../shared/real/README.md lists as consistent give no error or warning; each inconsistency it lists for
 * sh-putuo-wanli-2023.xlsx is found at its cells. Cells are located by their text, not by the recognizer.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook, type CheckResult } from '../../src/engine/checkWorkbook';
import { cellText, toA1, type WorkbookGrid } from '../../src/engine/grid';
import { readWorkbookFile } from '../../src/cli/readWorkbookFile';
import type { TableKind } from '../../src/engine/tableKinds';
import { ROOT } from '../cli/runCli';

const SHARED = path.resolve(ROOT, '..', 'shared');
const BUDGET = path.join(SHARED, 'real', 'budget');
const TEMPLATES = path.join(SHARED, 'templates', 'shanghai');

const NINE: TableKind[] = [
  'income_expenditure_summary',
  'income',
  'expenditure',
  'fiscal_summary',
  'general_budget_expenditure',
  'gov_fund_expenditure',
  'state_capital_expenditure',
  'basic_expenditure',
  'three_public',
];

/** The sheet-name prefix '1部门…' / '9三公…' of the real files says which table a sheet holds. */
const KIND_BY_SHEET_NUMBER: Record<string, TableKind> = Object.fromEntries(NINE.map((k, i) => [String(i + 1), k]));

const loaded = new Map<string, { grid: WorkbookGrid; result: CheckResult }>();
async function load(file: string): Promise<{ grid: WorkbookGrid; result: CheckResult }> {
  let entry = loaded.get(file);
  if (!entry) {
    const { grid } = await readWorkbookFile(file);
    entry = { grid, result: checkWorkbook(grid) };
    loaded.set(file, entry);
  }
  return entry;
}

const realFiles = fs.readdirSync(BUDGET).filter((f) => f.endsWith('.xlsx'));

describe.each(realFiles)('real 预算 document %s', (name) => {
  test('every numbered table sheet is recognised as its kind, once, under the shanghai template', async () => {
    const { grid, result } = await load(path.join(BUDGET, name));
    expect(result.template).toBe('shanghai');
    expect(result.missingTables).toEqual([]);
    for (const sheet of grid.sheets) {
      const n = /^(\d)\D/.exec(sheet.name)?.[1];
      if (!n) continue;
      const onSheet = result.tables.filter((t) => t.sheet === sheet.name);
      expect({ sheet: sheet.name, kinds: onSheet.map((t) => t.kind) }).toEqual({
        sheet: sheet.name,
        kinds: [KIND_BY_SHEET_NUMBER[n]],
      });
    }
    expect(result.unit).toMatch(/^上海市普陀区/);
    expect(result.year).toBe(Number(/(\d{4})/.exec(name)?.[1]));
  });
});

describe.each(['sh-putuo-zfb-2025.xlsx', 'sh-putuo-swh-2025.xlsx', 'sh-putuo-swh-unit-2025.xlsx'])(
  'consistent document %s',
  (name) => {
    test('gives no error or warning', async () => {
      const { result } = await load(path.join(BUDGET, name));
      const serious = result.findings
        .filter((f) => f.severity !== 'info')
        .map((f) => `${f.ruleId} ${f.cells.map((c) => `${c.sheet}!${c.address}`).join(',')} ${f.message}`);
      expect(serious).toEqual([]);
    });
  },
);

describe('sh-putuo-wanli-2023.xlsx: the inconsistencies README.md lists', () => {
  const file = path.join(BUDGET, 'sh-putuo-wanli-2023.xlsx');

  /** The address of the first cell on `sheet` whose text contains every fragment. */
  function cellWith(grid: WorkbookGrid, sheet: string, ...fragments: string[]): string {
    const s = grid.sheets.find((x) => x.name.startsWith(sheet));
    if (!s) throw new Error(`no sheet ${sheet}`);
    for (let r = 0; r < s.rows.length; r++) {
      const row = s.rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const text = cellText(row[c]);
        if (fragments.every((f) => text.includes(f))) return `${s.name}!${toA1(r, c)}`;
      }
    }
    throw new Error(`no cell with ${fragments.join(' … ')} on ${sheet}`);
  }

  async function namedBy(address: string): Promise<CheckResult['findings']> {
    const { result } = await load(file);
    return result.findings.filter(
      (f) => f.severity === 'error' && f.cells.some((c) => `${c.sheet}!${c.address}` === address),
    );
  }

  test('1. a 0 政府性基金 figure said to have grown by 1421.25万', async () => {
    const { grid } = await load(file);
    expect(await namedBy(cellWith(grid, '情况说明', '政府性基金拨款支出预算0万元', '增加1421.25万元'))).not.toEqual([]);
  });

  test('2. item 3: 11.67 → 45.41万 stated as +314.82%, actually +289.12%', async () => {
    const { grid } = await load(file);
    const found = await namedBy(cellWith(grid, '情况说明', '群众团体事务', '314.82%'));
    expect(found.map((f) => f.message).join('\n')).toMatch(/289\.12/);
  });

  test('3. item 16 headed 220.63万 but restating item 15 (441.25万, +60.54%)', async () => {
    const { grid } = await load(file);
    expect(await namedBy(cellWith(grid, '情况说明', '职业年金缴费支出（项）”220.63万元'))).not.toEqual([]);
  });

  test('4. 绩效目标 form 5: 当年财政拨款 11,419,043.00 above its 年度资金申请总额 10,903,043.00', async () => {
    const { grid } = await load(file);
    const sheet = grid.sheets.find((s) => s.name.startsWith('绩效目标5'));
    expect(sheet).toBeDefined();
    const { result } = await load(file);
    const onForm = result.findings.filter(
      (f) => f.severity === 'error' && f.cells.some((c) => c.sheet === sheet?.name),
    );
    const cells = onForm.flatMap((f) => f.cells.map((c) => c.address));
    expect(cells).toEqual(expect.arrayContaining(['E6', 'E7']));
  });

  test('5. 绩效目标 text says 3328.13万, the five forms total 3351.33万', async () => {
    const { grid } = await load(file);
    const found = await namedBy(cellWith(grid, '情况说明', '涉及项目预算资金3328.13万元'));
    expect(found.map((f) => f.message).join('\n')).toMatch(/3351\.33/);
  });
});

describe.each(['department_budget_template.xlsx', 'unit_budget_template.xlsx'])('blank template %s', (name) => {
  test('every table recognised, template shanghai, no missing table', async () => {
    const { result } = await load(path.join(TEMPLATES, name));
    expect(result.template).toBe('shanghai');
    expect(result.missingTables).toEqual([]);
    const kinds = result.tables.map((t) => t.kind).filter((k) => k !== 'narrative');
    expect([...kinds].sort()).toEqual([...NINE].sort());
  });
});
