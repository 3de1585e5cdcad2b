import { layoutWorkbook } from '../../../scripts/samples/layoutWorkbook';
import { combineVariants, PRESETS } from '../../../scripts/samples/layoutVariant';
import { SEED_000 } from '../../../scripts/samples/seed000';
import { BUDGET_TABLE_KINDS } from '../../../src/engine/tableKinds';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { tableOf } from '../../../src/engine/tables/types';

describe('the seed-000 sample workbook', () => {
  it.each([
    ['standard', PRESETS.standard],
    [
      'stacked, offset, renamed, text amounts, numeric codes, formulas',
      combineVariants('stacked', 'offset', 'renamed', 'textAmounts', 'codesAsNumbers', 'formulas'),
    ],
  ])('recognizes every kind (%s)', (_name, variant) => {
    const wb = recognizeWorkbook(layoutWorkbook(SEED_000, variant).grid);
    expect(wb.tables.map((t) => t.kind).sort()).toEqual([...BUDGET_TABLE_KINDS].sort());
    expect([wb.unitName, wb.year, wb.measure]).toEqual(['224网信办', 2024, '万元']);
    expect(tableOf(wb, 'expenditure')?.total?.values.basic?.value.toFixed(2)).toBe('357.11');
    expect(
      tableOf(wb, 'basic_expenditure')
        ?.rows.find((r) => r.code === '30208')
        ?.values.public?.value.toFixed(2),
    ).toBe('0.84');
    expect(tableOf(wb, 'income_expenditure_summary')?.expenditureRows).toHaveLength(31);
    expect(tableOf(wb, 'fiscal_summary')?.carryInItems).toHaveLength(3);
    expect(tableOf(wb, 'gov_fund_expenditure')?.empty).toBe(true);
    expect(tableOf(wb, 'three_public')?.rows.vehicleOps?.values.total?.value.toFixed(2)).toBe('2.40');
    const projects = tableOf(wb, 'project_performance')!.projects;
    expect(projects).toHaveLength(12);
    expect(projects.find((p) => p.name.text === '网络执法')?.budget.amount.kind).toBe('blank');
    expect(tableOf(wb, 'assets')?.rows.total?.value?.value.toFixed(2)).toBe('40.20');
    expect(tableOf(wb, 'procurement')?.emptyNote).toBeDefined();
    expect(tableOf(wb, 'narrative')?.paragraphs.length).toBeGreaterThan(10);
    expect(wb.tables.flatMap((t) => t.badAmounts)).toEqual([]);
  });
});
