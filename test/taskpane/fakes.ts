import type { CheckResult } from '../../src/engine/checkWorkbook';
import type { Finding } from '../../src/engine/findings';
import type { CellRef, WorkbookGrid } from '../../src/engine/grid';
import type { InsertNarrativeResult, WorkbookAdapter } from '../../src/excel/types';

/** A tiny grid: the fake check never reads it, the tests only check it is passed through. */
export const GRID: WorkbookGrid = { source: 'fake.xlsx', sheets: [{ name: '表3', rows: [], merges: [] }] };

export const HIERARCHY_ERROR: Finding = {
  ruleId: 'hierarchy-sum',
  family: 'hierarchy',
  severity: 'error',
  message: '20137 网信事务 合计 334.50 不等于其下各项之和 340.51',
  cells: [
    { sheet: '表3', address: 'D6' },
    { sheet: '表3', address: 'D7' },
  ],
  table: 'expenditure',
  expected: '340.51',
  actual: '334.50',
};

export const ROUNDING_INFO: Finding = {
  ruleId: 'hierarchy-sum',
  family: 'hierarchy',
  severity: 'info',
  message: '20827 合计 1.12 与各项之和 1.11 相差 0.01（尾差）',
  cells: [{ sheet: '表3', address: 'D12' }],
  table: 'expenditure',
  expected: '1.11',
  actual: '1.12',
};

export const ECONOMIC_WARNING: Finding = {
  ruleId: 'personnel-on-public-rows',
  family: 'economic',
  severity: 'warning',
  message: '30201 办公费 填有人员经费 0.50',
  cells: [{ sheet: '基本支出', address: 'E9' }],
  table: 'basic_expenditure',
};

export const UNIT_WARNING: Finding = {
  ruleId: 'one-unit-name',
  family: 'hygiene',
  severity: 'warning',
  message: '单位名称不一致：224网信办 与 网信办',
  cells: [{ sheet: '表1', address: 'A2' }],
};

export function resultWith(findings: Finding[]): CheckResult {
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return {
    template: 'hebei',
    templateName: '河北省部门预算公开模板',
    document: 'budget',
    diagnosis: [],
    unit: '224网信办',
    year: 2024,
    tables: [
      { kind: 'expenditure', sheet: '表3', range: 'A1:H30', title: '部门预算支出总表' },
      { kind: 'basic_expenditure', sheet: '基本支出', range: 'B2:F20', title: '一般公共预算财政拨款基本支出表' },
    ],
    missingTables: ['procurement'],
    findings,
    summary,
    workbook: { tables: [], unitName: '224网信办', year: 2024 },
  };
}

export const RESULT = resultWith([HIERARCHY_ERROR, ECONOMIC_WARNING, UNIT_WARNING, ROUNDING_INFO]);

/** An adapter whose every method is a jest mock that succeeds. */
export function fakeAdapter(): jest.Mocked<WorkbookAdapter> {
  return {
    readWorkbook: jest.fn(async (onProgress?: (p: { fraction: number; label: string }) => void) => {
      onProgress?.({ fraction: 0.5, label: '正在读取 表3（1/2）' });
      return GRID;
    }),
    markFindings: jest.fn(async (findings) => ({ marked: findings.length, notes: findings.length, skipped: [] })),
    clearMarks: jest.fn(async () => ({ restored: 3, notesRemoved: 2 })),
    selectCells: jest.fn<Promise<void>, [readonly CellRef[]]>(async () => {}),
    writeReport: jest.fn<Promise<void>, [CheckResult]>(async () => {}),
    insertNarrative: jest.fn<Promise<InsertNarrativeResult>, Parameters<WorkbookAdapter['insertNarrative']>>(
      async () => ({ sheet: '情况说明', address: 'A70:A85', replaced: false }),
    ),
    applyFixes: jest.fn(async (fixes) => ({
      applied: fixes.map((f) => ({ cell: f.cell, old: '', new: f.value })),
      refused: [],
    })),
    undoFixes: jest.fn(async () => ({ restored: [], changed: [], kept: 0 })),
  };
}
