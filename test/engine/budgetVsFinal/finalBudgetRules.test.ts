/**
 * The budget-vs-final rules on a pairing built for the purpose: the real 预算 sample-shanghai-2025.xlsx read by
 * readYearBudget, and a 2025 决算 built in code that restates its figures (test/helpers/finalBudgetPair.ts). Each
 * test changes one side and expects the one finding that change makes.
 */
import * as path from 'path';
import { readYearBudget } from '../../../src/engine/budgetVsFinal/readYearBudget';
import type { YearBudgetFigures } from '../../../src/engine/budgetVsFinal/types';
import type { Finding } from '../../../src/engine/findings';
import { rules as crossTableRules } from '../../../src/engine/rules/crossTable';
import { finalBudgetYear } from '../../../src/engine/rules/crossTable/final-budget-year';
import { finalInitialBudget } from '../../../src/engine/rules/crossTable/final-initial-budget';
import { finalThreePublicBudget } from '../../../src/engine/rules/crossTable/final-three-public-budget';
import type { CheckContext, Rule } from '../../../src/engine/rules/rule';
import type { BudgetWorkbook } from '../../../src/engine/tables/types';
import {
  finalThreePublic,
  finalWorkbook,
  SAMPLE_INITIAL_PARAGRAPHS,
  SAMPLE_THREE_PUBLIC,
  T7_SHEET,
} from '../../helpers/finalBudgetPair';
import { dec } from '../../helpers/figures';
import { recognizeFile } from '../tables/shanghaiFiles';

const SAMPLE = path.join(__dirname, '../../../assets/samples/sample-shanghai-2025.xlsx');
const RULES = [finalBudgetYear, finalThreePublicBudget, finalInitialBudget];

let budget: YearBudgetFigures;
let budgetWorkbook: BudgetWorkbook;
beforeAll(async () => {
  budgetWorkbook = await recognizeFile(SAMPLE);
  budget = readYearBudget(budgetWorkbook, 'sample-shanghai-2025.xlsx');
});

function run(workbook: BudgetWorkbook, figures: YearBudgetFigures | undefined, rules: Rule[] = RULES): Finding[] {
  const ctx: CheckContext = { workbook, grid: { sheets: [] }, options: { strict: false, budget: figures } };
  return rules.flatMap((r) => r.check(ctx));
}

const edited = (i: number, from: string, to: string) =>
  SAMPLE_INITIAL_PARAGRAPHS.map((p, j) => (j === i ? p.replace(from, to) : p));

describe('budget-vs-final rules', () => {
  it('are registered as cross-table warnings', () => {
    for (const r of RULES) {
      expect(crossTableRules).toContain(r);
      expect([r.family, r.severity]).toEqual(['cross-table', 'warning']);
    }
  });

  it('find nothing when the 决算 restates its 预算 (元 tables rounded to the 决算 0.01万元)', () => {
    expect(run(finalWorkbook(), budget)).toEqual([]);
  });

  it('stay silent without options.budget, and on a 预算 checked with a budget', () => {
    const changed = finalWorkbook({ year: 2024, paragraphs: edited(0, '9101.68', '9000.00') });
    expect(run(changed, undefined)).toEqual([]);
    expect(run(budgetWorkbook, budget)).toEqual([]);
  });

  describe('final-three-public-budget', () => {
    it('warns on a 决算 表7 预算数 other than the 预算, naming the 预算 file and cell and the 调整预算 case', () => {
      const findings = run(
        finalWorkbook({ threePublic: finalThreePublic({ ...SAMPLE_THREE_PUBLIC, outbound: '800.00' }) }),
        budget,
      );
      expect(findings).toHaveLength(1);
      const [f] = findings;
      expect(f).toMatchObject({
        ruleId: 'final-three-public-budget',
        severity: 'warning',
        cells: [{ sheet: T7_SHEET, address: 'B6' }],
        table: 'final_three_public',
        expected: '839.00',
        actual: '800.00',
      });
      expect(f.message).toContain('因公出国（境）费');
      expect(f.message).toContain('预算文件 sample-shanghai-2025.xlsx 9三公经费和机关运行经费预算表!B6');
      expect(f.message).toContain('调整预算');
    });

    it('warns when the 预算 side changes, and compares a blank 预算数 as zero', () => {
      const other = { ...budget, threePublic: { ...budget.threePublic, reception: { value: dec('30') } } };
      const findings = run(
        finalWorkbook({ threePublic: finalThreePublic({ ...SAMPLE_THREE_PUBLIC, vehicle: null }) }),
        other,
      );
      expect(findings.map((f) => [f.cells[0].address, f.expected, f.actual])).toEqual([['F6', '30.00', '28.50']]);
      // Typed figures have no cell: the message names where they came from.
      expect(findings[0].message).toContain('同年预算（sample-shanghai-2025.xlsx）');
    });

    it('compares only the items both documents have', () => {
      const only = { ...budget, threePublic: { total: budget.threePublic!.total! } };
      expect(
        run(finalWorkbook({ threePublic: finalThreePublic({ outbound: '1.00', total: '867.50' }) }), only),
      ).toEqual([]);
    });
  });

  describe('final-initial-budget', () => {
    it('warns on the total 年初预算 of 五（三） other than the 预算 合计', () => {
      const findings = run(finalWorkbook({ paragraphs: edited(0, '9101.68', '9101.67') }), budget);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        ruleId: 'final-initial-budget',
        severity: 'warning',
        cells: [{ sheet: '情况说明', address: 'A1' }],
        table: 'narrative',
        expected: '9101.68',
        actual: '9101.67',
      });
      expect(findings[0].message).toContain('预算文件 sample-shanghai-2025.xlsx 5一般公共预算支出功能分类预算表!E26');
    });

    it("warns on an item's 年初预算, found by its names through the 决算 表5", () => {
      const findings = run(finalWorkbook({ paragraphs: edited(2, '4614.00', '4641.00') }), budget);
      expect(findings.map((f) => [f.cells[0].address, f.expected, f.actual])).toEqual([['A3', '4614.00', '4641.00']]);
      expect(findings[0].message).toContain('2010302 一般行政管理事务');
      expect(findings[0].message).toContain('!E9');
    });

    it('warns when the 预算 side changes', () => {
      const byCode = new Map(budget.general!.byCode);
      byCode.set('2010301', { value: dec('1300'), cell: { sheet: 'B', address: 'E8' } });
      const findings = run(finalWorkbook(), { ...budget, general: { ...budget.general!, byCode } });
      expect(findings.map((f) => [f.cells[0].address, f.expected, f.actual])).toEqual([['A2', '1300.00', '1202.95']]);
    });

    it('leaves an item alone that the 预算 or the 决算 表5 has no row for', () => {
      const paragraphs = [
        ...SAMPLE_INITIAL_PARAGRAPHS,
        '3、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）信访事务（项）。年初预算为5.00万元，支出决算为5.00万元。',
      ];
      expect(run(finalWorkbook({ paragraphs }), budget)).toEqual([]);
    });
  });

  describe('final-budget-year', () => {
    it('warns on a 预算 of another year and then compares no figure', () => {
      const findings = run(finalWorkbook({ year: 2024, paragraphs: edited(0, '9101.68', '1.00') }), budget);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        ruleId: 'final-budget-year',
        severity: 'warning',
        expected: '2024',
        actual: '2025',
        // The 情况说明's own 年度 cell (the builders' meta row).
        cells: [{ sheet: '情况说明', address: 'B2' }],
      });
      expect(findings[0].message).toContain('sample-shanghai-2025.xlsx');
    });

    it('says nothing when either year is unknown', () => {
      expect(run(finalWorkbook(), { ...budget, year: undefined })).toEqual([]);
    });
  });
});
