import ExcelJS from 'exceljs';
import { applyFixesToWorkbook, FORMULA_REFUSAL } from '../../src/cli/applyFixesToWorkbook';
import { planFixes } from '../../src/cli/planFixes';
import { textChangeExcerpt } from '../../src/cli/textChangeExcerpt';
import type { CheckResult } from '../../src/engine/checkWorkbook';
import type { Culprit, Finding, FindingFix } from '../../src/engine/findings';

/*
 * The ExcelJS side of `fix` (issue 10.5) on workbooks and findings built here: which fixes are applied, each cell
 * once, and how a cell is written (format kept, formula refused, text replaced whole).
 */

const at = (sheet: string, address: string) => ({ sheet, address });
const numberFix = (address: string, value: string): FindingFix => ({ cell: at('表3', address), value });
const textFix: FindingFix = {
  cell: at('情况说明', 'A5'),
  value: '357.11',
  text: '其中基本支出357.11万元。',
  cellText: '一、收入。\n其中基本支出357.11万元。',
};

function finding(ruleId: string, severity: Finding['severity'], fix?: FindingFix): Finding {
  return { ruleId, family: 'hierarchy', severity, message: ruleId, cells: fix ? [fix.cell] : [], fix };
}

function result(findings: Finding[], diagnosis: Culprit[] = []): CheckResult {
  return { findings, diagnosis } as unknown as CheckResult;
}

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const t = wb.addWorksheet('表3');
  t.getCell('F10').value = 37.71;
  t.getCell('F10').numFmt = '#,##0.00';
  t.getCell('F10').font = { name: '宋体', size: 9 };
  t.getCell('F11').value = { formula: 'SUM(F12:F13)', result: 5 } as ExcelJS.CellFormulaValue;
  t.getCell('F12').value = '1.50';
  t.mergeCells('G10:H10');
  t.getCell('G10').value = 2;
  wb.addWorksheet('情况说明').getCell('A5').value = '一、收入。\n其中基本支出375.11万元。';
  return wb;
}

describe('planFixes', () => {
  const f10 = numberFix('F10', '37.17');
  it('puts the culprits first, changes each cell once and lists the rules each change resolves', () => {
    const findings = [
      finding('hierarchy-sum', 'error', f10),
      finding('narrative-amount', 'warning', textFix),
      finding('hierarchy-sum', 'error', f10),
      finding('columns-sum', 'error', f10),
    ];
    const culprit: Culprit = { cell: f10.cell, fix: f10, severity: 'error', explains: 3, alternatives: [] };
    const { planned, heldBack } = planFixes(result(findings, [culprit]));
    expect(planned.map((p) => [p.fix.cell.address, p.fix.value, p.resolves])).toEqual([
      ['F10', '37.17', ['hierarchy-sum', 'columns-sum']],
      ['A5', '357.11', ['narrative-amount']],
    ]);
    expect(heldBack).toEqual([]);
  });

  it('holds back a second, different fix of a cell already changed, with the rules it alone resolves', () => {
    const other = { ...textFix, value: '0.20', cellText: '一、收入。\n网络执法0.20万元。' };
    const findings = [finding('narrative-amount', 'error', textFix), finding('project-missing-budget', 'error', other)];
    const { planned, heldBack } = planFixes(result(findings));
    expect(planned.map((p) => [p.fix.value, p.resolves])).toEqual([['357.11', ['narrative-amount']]]);
    expect(heldBack.map((p) => [p.fix.value, p.resolves])).toEqual([['0.20', ['project-missing-budget']]]);
  });

  it('leaves 尾差 (info) as published', () => {
    const tail = numberFix('D8', '334.51');
    const culprit: Culprit = { cell: tail.cell, fix: tail, severity: 'info', explains: 1, alternatives: [] };
    expect(planFixes(result([finding('hierarchy-sum', 'info', tail)], [culprit]))).toEqual({
      planned: [],
      heldBack: [],
    });
  });

  it('--only narrative takes the text fixes, --only tables the figures', () => {
    const findings = [finding('hierarchy-sum', 'error', f10), finding('narrative-amount', 'error', textFix)];
    expect(planFixes(result(findings), 'narrative').planned.map((p) => p.fix.cell.sheet)).toEqual(['情况说明']);
    expect(planFixes(result(findings), 'tables').planned.map((p) => p.fix.cell.sheet)).toEqual(['表3']);
  });
});

describe('applyFixesToWorkbook', () => {
  const plan = (fix: FindingFix) => [{ fix, resolves: ['r'] }];

  it('writes the new figure as a number and keeps the number format and font', () => {
    const wb = workbook();
    const { changes, refused } = applyFixesToWorkbook(wb, plan(numberFix('F10', '37.17')));
    expect(refused).toEqual([]);
    expect(changes).toEqual([{ cell: at('表3', 'F10'), old: '37.71', new: '37.17', resolves: ['r'] }]);
    const cell = wb.getWorksheet('表3')!.getCell('F10');
    expect(cell.value).toBe(37.17);
    expect(cell.numFmt).toBe('#,##0.00');
    expect(cell.font).toEqual({ name: '宋体', size: 9 });
    expect(wb.calcProperties.fullCalcOnLoad).toBe(true);
  });

  it('refuses a formula cell and leaves the formula as it was', () => {
    const wb = workbook();
    const { changes, refused } = applyFixesToWorkbook(wb, plan(numberFix('F11', '6')));
    expect(changes).toEqual([]);
    expect(refused).toEqual([{ cell: at('表3', 'F11'), value: '6', reason: FORMULA_REFUSAL, resolves: ['r'] }]);
    expect(FORMULA_REFUSAL).toBe('该单元格为公式，请修改公式');
    expect(wb.getWorksheet('表3')!.getCell('F11').formula).toBe('SUM(F12:F13)');
    expect(wb.calcProperties.fullCalcOnLoad).toBeFalsy();
  });

  it('keeps an amount typed as text as text, and writes a merged cell through its master', () => {
    const wb = workbook();
    applyFixesToWorkbook(wb, [
      { fix: numberFix('F12', '1.60'), resolves: [] },
      { fix: numberFix('H10', '3'), resolves: [] },
    ]);
    expect(wb.getWorksheet('表3')!.getCell('F12').value).toBe('1.60');
    expect(wb.getWorksheet('表3')!.getCell('G10').value).toBe(3);
  });

  it("replaces a text cell by the fix's whole new cell text, every other paragraph kept", () => {
    const wb = workbook();
    const { changes } = applyFixesToWorkbook(wb, plan(textFix));
    expect(wb.getWorksheet('情况说明')!.getCell('A5').value).toBe(textFix.cellText);
    expect(changes[0]).toMatchObject({ old: '一、收入。\n其中基本支出375.11万元。', new: textFix.cellText });
  });

  it('refuses a text fix without the cell text, a missing sheet and a value that is no number', () => {
    const wb = workbook();
    const { changes, refused } = applyFixesToWorkbook(wb, [
      { fix: { ...textFix, cellText: undefined }, resolves: [] },
      { fix: { cell: at('表99', 'A1'), value: '1' }, resolves: [] },
      { fix: numberFix('F10', 'abc'), resolves: [] },
    ]);
    expect(changes).toEqual([]);
    expect(refused.map((r) => r.reason)).toEqual([
      '未给出该单元格的完整新文字',
      '找不到工作表“表99”',
      '修正值“abc”不是数字',
    ]);
    expect(wb.getWorksheet('情况说明')!.getCell('A5').value).toBe('一、收入。\n其中基本支出375.11万元。');
  });
});

describe('textChangeExcerpt', () => {
  it('shows the changed figure with a little context in a long paragraph', () => {
    const before = `2024年部门支出预算为384.34万元，其中基本支出375.11万元，包括人员经费332.33万元和日常公用经费24.79万元。`;
    const after = before.replace('375.11', '357.11');
    expect(textChangeExcerpt(before, after)).toEqual({
      before: '…，其中基本支出375.11万元，包括…',
      after: '…，其中基本支出357.11万元，包括…',
    });
  });

  it('shows a short text whole', () => {
    expect(textChangeExcerpt('≤14.06万', '≤14.03万')).toEqual({ before: '≤14.06万', after: '≤14.03万' });
  });
});
