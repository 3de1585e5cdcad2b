/**
 * The Shanghai generator and layout, checked independently of the engine: every 类/款/合计 is the exact sum of its
 * rows, the figures repeated across tables agree, the 三公 identities hold, and the layout writes the template's facts
 * (code parts in their own columns, blank or repeated upper codes, 合计 at the bottom merged over code and name).
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { cellText, type SheetGrid } from '../../src/engine/grid';
import type { CodedTableData, Money } from '../../scripts/samples/budgetData';
import { layoutShanghai } from '../../scripts/samples/shanghai/layoutShanghai';
import { arbitraryShanghaiBudget, arbitraryShanghaiCase } from '../helpers/arbitraryShanghai';

const d = (m: Money | undefined) => new Decimal(m ?? 0);
const sum = (ms: Array<Money | undefined>) => ms.reduce((a, m) => a.plus(d(m)), new Decimal(0));

function checkHierarchy<C extends string>(t: CodedTableData<C>, columns: readonly C[]): void {
  const childrenOf = (code: string) => {
    const longer = t.rows.filter((r) => r.code.startsWith(code) && r.code.length > code.length);
    if (longer.length === 0) return null;
    const next = Math.min(...longer.map((r) => r.code.length));
    return longer.filter((r) => r.code.length === next);
  };
  for (const col of columns) {
    if (t.rows.length === 0) continue;
    expect(d(t.total[col]).toFixed(2)).toBe(sum(childrenOf('')!.map((r) => r.amounts[col])).toFixed(2));
    for (const r of t.rows) {
      const children = childrenOf(r.code);
      if (children) expect(d(r.amounts[col]).toFixed(2)).toBe(sum(children.map((c) => c.amounts[col])).toFixed(2));
    }
  }
}

describe('arbitraryShanghaiBudget', () => {
  it('produces data whose every total is the exact sum of its parts, the same figure everywhere', () => {
    fc.assert(
      fc.property(arbitraryShanghaiBudget, (b) => {
        checkHierarchy(b.income, ['total', 'fiscal', 'business', 'operating', 'other']);
        for (const t of [b.expenditure, b.generalBudget, b.govFund, b.stateCapital])
          checkHierarchy(t, ['total', 'basic', 'project']);
        checkHierarchy(b.basic, ['total', 'personnel', 'public']);
        for (const r of b.income.rows)
          expect(d(r.amounts.total).toFixed(2)).toBe(
            sum([r.amounts.fiscal, r.amounts.business, r.amounts.operating, r.amounts.other]).toFixed(2),
          );
        const rowsAndTotals = [b.expenditure, b.generalBudget].flatMap((t) => [
          ...t.rows.map((r) => r.amounts),
          t.total,
        ]);
        for (const a of rowsAndTotals) expect(d(a.total).toFixed(2)).toBe(sum([a.basic, a.project]).toFixed(2));
        const total = d(b.summary.incomeTotal).toFixed(2);
        expect(d(b.income.total.total).toFixed(2)).toBe(total);
        expect(d(b.expenditure.total.total).toFixed(2)).toBe(total);
        expect(d(b.summary.expenditureTotal.total).toFixed(2)).toBe(total);
        expect(sum(b.summary.expenditureRows.map((r) => r.amounts.total)).toFixed(2)).toBe(total);
        const i = b.summary.income;
        expect(sum([i.fiscal, i.business, i.operating, i.other]).toFixed(2)).toBe(total);
        expect(sum([i.general, i.fund, i.capital]).toFixed(2)).toBe(d(i.fiscal).toFixed(2));
        expect(d(b.fiscalSummary.incomeTotal).toFixed(2)).toBe(d(i.fiscal).toFixed(2));
        expect(d(b.fiscalSummary.expenditureTotal.general).toFixed(2)).toBe(d(b.generalBudget.total.total).toFixed(2));
        expect(d(b.fiscalSummary.expenditureTotal.fund).toFixed(2)).toBe(d(b.govFund.total.total).toFixed(2));
        expect(d(b.generalBudget.total.basic).toFixed(2)).toBe(d(b.basic.total.total).toFixed(2));
        if (b.summary.split) {
          expect(d(b.summary.expenditureTotal.personnel).toFixed(2)).toBe(d(b.basic.total.personnel).toFixed(2));
          expect(d(b.summary.expenditureTotal.public).toFixed(2)).toBe(d(b.basic.total.public).toFixed(2));
        }
        const tp = b.threePublic;
        expect(d(tp.total).toFixed(2)).toBe(sum([tp.outbound, tp.reception, tp.vehicle]).toFixed(2));
        expect(d(tp.vehicle).toFixed(2)).toBe(sum([tp.vehiclePurchase, tp.vehicleOps]).toFixed(2));
        // An empty 基金 / 国资 table carries its note.
        for (const t of [b.govFund, b.stateCapital])
          expect(t.rows.length > 0 || /^注[:：]本部门\d{4}年无.+故本表为空表。$/.test(t.emptyNote ?? '')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

/** The sheet's text cells of one row, by column. */
function rowTexts(sheet: SheetGrid, row: number): string[] {
  return (sheet.rows[row] ?? []).map((c) => cellText(c));
}

describe('layoutShanghai', () => {
  it('writes code parts in their own columns, upper codes per the variant, 合计 at the bottom merged', () => {
    fc.assert(
      fc.property(arbitraryShanghaiCase, ({ data, variant }) => {
        const sheet = layoutShanghai(data, variant).grid.sheets[2]; // 部门支出预算总表
        const left = variant.originCol;
        const first = variant.originRow + 5;
        data.expenditure.rows.forEach((r, i) => {
          const texts = rowTexts(sheet, first + i).slice(left, left + 4);
          const parts = [r.code.slice(0, 3), r.code.slice(3, 5), r.code.slice(5, 7)];
          const level = r.code.length === 3 ? 0 : r.code.length === 5 ? 1 : 2;
          const expected = parts.map((p, l) =>
            l === level || (l < level && variant.upperCodes === 'repeated') ? p : '',
          );
          expect(texts).toEqual([...expected, r.name]);
        });
        const totalRow = first + data.expenditure.rows.length;
        expect(cellText(sheet.rows[totalRow]?.[left])).toBe('合计');
        expect(sheet.merges).toContainEqual({ top: totalRow, left, bottom: totalRow, right: left + 3 });
        expect(sheet.rows[totalRow]?.[left + 4]?.numberFormat).toBe('#,##0.00');
      }),
      { numRuns: 40 },
    );
  });
});
