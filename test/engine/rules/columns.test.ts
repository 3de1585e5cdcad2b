import type { Finding } from '../../../src/engine/findings';
import { rules } from '../../../src/engine/rules/columns';
import { basicColumns } from '../../../src/engine/rules/columns/basicColumns';
import { expenditureColumns } from '../../../src/engine/rules/columns/expenditureColumns';
import { fiscalSummaryColumns } from '../../../src/engine/rules/columns/fiscalSummaryColumns';
import { functionalColumns } from '../../../src/engine/rules/columns/functionalColumns';
import { incomeColumns } from '../../../src/engine/rules/columns/incomeColumns';
import { threePublicColumns } from '../../../src/engine/rules/columns/threePublicColumns';
import type { Rule } from '../../../src/engine/rules/rule';
import { tableOf } from '../../../src/engine/tables/types';
import { rowByCode, setFigure } from '../../helpers/typedTableBuilders';
import { contextFor, seed000Workbook, SHEETS } from './seed000Workbook';

const at = (f: Finding) => `${f.cells[0].sheet}!${f.cells[0].address}`;
const ALL = [
  incomeColumns,
  expenditureColumns,
  functionalColumns,
  basicColumns,
  fiscalSummaryColumns,
  threePublicColumns,
];
const runAll = (strict = false, wb = seed000Workbook()) => ALL.flatMap((r: Rule) => r.check(contextFor(wb, strict)));

describe('column rules (family 2)', () => {
  it('are all registered in the family index', () => {
    for (const r of ALL) expect(rules).toContain(r);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('report exactly the across-column 尾差 of seed 000 as info', () => {
    const findings = runAll();
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
    // 201 and 20137: 334.50 vs 307.28 + 27.23 in 支出总表 and 一般公共预算支出表; 基本支出表 合计 357.11 vs 332.33 + 24.79.
    expect(findings.map(at).sort()).toEqual(
      [
        `${SHEETS.expenditure}!D7`,
        `${SHEETS.expenditure}!D8`,
        `${SHEETS.general}!D7`,
        `${SHEETS.general}!D8`,
        `${SHEETS.basic}!D6`,
      ].sort(),
    );
    const basic = findings.find((f) => at(f) === `${SHEETS.basic}!D6`);
    expect(basic).toMatchObject({ ruleId: 'column-basic', expected: '357.12', actual: '357.11' });
    expect(basic?.cells.map((c) => c.address)).toEqual(['D6', 'E6', 'F6']);
    expect(basic?.message).toContain('人员经费 + 公用经费');
    const general = findings.find((f) => at(f) === `${SHEETS.general}!D7`);
    expect(general).toMatchObject({ ruleId: 'column-functional', expected: '334.51', actual: '334.50' });
    expect(general?.message).toContain('201 一般公共服务支出');
  });

  it('turn the 尾差 into errors in strict mode', () => {
    const strict = runAll(true);
    expect(strict.map(at)).toEqual(runAll().map(at));
    expect(strict.every((f) => f.severity === 'error')).toBe(true);
  });

  it('income: a changed 小计 breaks both 合计 = 小计 + 上年结转 and 小计 = Σ 来源', () => {
    const wb = seed000Workbook();
    setFigure(rowByCode(tableOf(wb, 'income'), '2013701').values.subtotal, '130.00');
    const findings = incomeColumns.check(contextFor(wb));
    expect(findings.map((f) => [at(f), f.severity])).toEqual([
      [`${SHEETS.income}!D9`, 'error'],
      [`${SHEETS.income}!E9`, 'error'],
    ]);
    expect(findings[0].cells.map((c) => c.address)).toContain('E9');
    expect(findings[1].cells.map((c) => c.address)).toContain('F9');
    expect(findings[1].message).toContain('本年收入小计');
  });

  it('expenditure: 合计 must equal the sum of its five columns', () => {
    const wb = seed000Workbook();
    setFigure(rowByCode(tableOf(wb, 'expenditure'), '208').values.operating, '1.00');
    const findings = expenditureColumns.check(contextFor(wb)).filter((f) => f.severity === 'error');
    expect(findings.map(at)).toEqual([`${SHEETS.expenditure}!D12`]);
    expect(findings[0]).toMatchObject({ expected: '29.79', actual: '28.79' });
  });

  it('basic: a changed 公用经费 gives one error on its row', () => {
    const wb = seed000Workbook();
    setFigure(rowByCode(tableOf(wb, 'basic_expenditure'), '30201').values.public, '2.30');
    const findings = basicColumns.check(contextFor(wb)).filter((f) => f.severity === 'error');
    expect(findings.map(at)).toEqual([`${SHEETS.basic}!D18`]);
    expect(findings[0].cells.map((c) => c.address)).toContain('F18');
  });

  it('fiscal summary: 合计 = 一般公共 + 基金 + 国资 on each expenditure line', () => {
    const wb = seed000Workbook();
    const fiscal = tableOf(wb, 'fiscal_summary');
    setFigure(fiscal?.expenditureRows[9].values.fund, '1.00');
    const findings = fiscalSummaryColumns.check(contextFor(wb));
    expect(findings.map((f) => [at(f), f.severity])).toEqual([[`${SHEETS.fiscal}!E14`, 'error']]);
    expect(findings[0].message).toContain('十、卫生健康支出');
  });

  it('three public: row sums per column and the 合计 column per row', () => {
    const wb = seed000Workbook();
    const three = tableOf(wb, 'three_public');
    setFigure(three?.rows.vehicleOps?.values.general, '3.40');
    const findings = threePublicColumns.check(contextFor(wb));
    // 公务用车 2.4 ≠ 购置 + 运维 3.40 in the 一般公共 column; the 运维 row's 合计 2.4 ≠ 3.40.
    expect(findings.map((f) => [at(f), f.severity]).sort()).toEqual(
      [
        [`${SHEETS.threePublic}!D8`, 'error'],
        [`${SHEETS.threePublic}!C10`, 'error'],
      ].sort(),
    );
  });

  it('three public: 合计 row = 出国 + 公务用车 + 接待', () => {
    const wb = seed000Workbook();
    const three = tableOf(wb, 'three_public');
    setFigure(three?.rows.total?.values.total, '3.40');
    const findings = threePublicColumns.check(contextFor(wb));
    expect(findings.map(at).sort()).toEqual([`${SHEETS.threePublic}!C6`, `${SHEETS.threePublic}!C6`]);
    expect(findings.map((f) => f.message).join()).toContain('因公出国');
  });

  it('report nothing without the tables', () => {
    expect(runAll(false, { tables: [] })).toEqual([]);
  });
});
