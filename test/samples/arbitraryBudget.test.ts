import Decimal from 'decimal.js';
import fc from 'fast-check';
import { parseAmount } from '../../src/engine/amount';
import { cellAt, cellText } from '../../src/engine/grid';
import { FUNCTIONAL_CLASSES, type BudgetData, type CodedTableData, type Money } from '../../scripts/samples/budgetData';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { arbitraryBudget, arbitraryBudgetCase, splitCents } from '../helpers/arbitraryBudget';
import { findAll, headerCol } from './gridSearch';

const d = (m: Money | undefined) => new Decimal(m ?? 0);
const sum = (ms: Array<Money | undefined>) => ms.reduce((a, m) => a.plus(d(m)), new Decimal(0));

/** Independent re-derivation: each coded row equals the sum of the rows one level below it. */
function checkHierarchy<C extends string>(t: CodedTableData<C>, columns: readonly C[]): void {
  const codes = t.rows.map((r) => r.code);
  const childrenOf = (code: string) => {
    const longer = codes.filter((c) => c.startsWith(code) && c.length > code.length);
    if (longer.length === 0) return null;
    const next = Math.min(...longer.map((c) => c.length));
    return t.rows.filter((r) => r.code.startsWith(code) && r.code.length === next);
  };
  for (const col of columns) {
    expect(d(t.total[col]).toFixed(2)).toBe(sum(childrenOf('')!.map((r) => r.amounts[col])).toFixed(2));
    for (const r of t.rows) {
      const children = childrenOf(r.code);
      if (children) expect(d(r.amounts[col]).toFixed(2)).toBe(sum(children.map((c) => c.amounts[col])).toFixed(2));
    }
  }
}

function amountsIn(text: string): string[] {
  return [...text.matchAll(/(\d+\.\d{2})万元/g)].map((m) => m[1]);
}

describe('arbitraryBudget', () => {
  it('splitCents is exact', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.array(fc.nat(100), { minLength: 1, maxLength: 40 }), (total, weights) => {
        const parts = splitCents(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(parts.every((p) => p >= 0 && Number.isInteger(p))).toBe(true);
      }),
    );
  });

  it('produces data whose every total is the exact sum of its parts', () => {
    fc.assert(
      fc.property(arbitraryBudget, (b: BudgetData) => {
        expect(b.year).toBeGreaterThanOrEqual(2022);
        expect(b.year).toBeLessThanOrEqual(2026);
        // down the hierarchy
        checkHierarchy(b.income, ['total', 'subtotal', 'fiscal']);
        checkHierarchy(b.expenditure, ['total', 'basic', 'project']);
        checkHierarchy(b.generalBudget, ['total', 'basic', 'project']);
        checkHierarchy(b.basic, ['total', 'personnel', 'public']);
        const classes = new Set(b.expenditure.rows.filter((r) => r.code.length === 3).map((r) => r.code));
        expect(classes.size).toBeGreaterThanOrEqual(1);
        expect(classes.size).toBeLessThanOrEqual(6);
        // across columns, and the same code carries the same figures everywhere
        for (const [i, r] of b.expenditure.rows.entries()) {
          expect(d(r.amounts.total).equals(d(r.amounts.basic).plus(d(r.amounts.project)))).toBe(true);
          expect(b.income.rows[i].code).toBe(r.code);
          expect(d(b.income.rows[i].amounts.total).equals(d(r.amounts.total))).toBe(true);
          expect(b.generalBudget.rows[i]).toEqual(r);
        }
        for (const r of b.basic.rows) {
          expect(d(r.amounts.total).equals(d(r.amounts.personnel).plus(d(r.amounts.public)))).toBe(true);
          if (r.code.startsWith('302') || r.code.startsWith('310')) expect(r.amounts.personnel ?? null).toBeNull();
          else expect(r.amounts.public ?? null).toBeNull();
        }
        expect(d(b.basic.total.total).equals(d(b.expenditure.total.basic))).toBe(true);
        // summary tables
        const s = b.summary;
        expect(d(s.incomeTotal).equals(sum(s.incomeItems))).toBe(true);
        expect(d(s.expenditureTotal).equals(sum(s.expenditureRows))).toBe(true);
        expect(d(s.grandIncome).equals(d(s.incomeTotal).plus(d(s.carryIn)))).toBe(true);
        expect(d(s.grandExpenditure).equals(d(s.expenditureTotal).plus(d(s.carryOut)))).toBe(true);
        expect(d(s.grandIncome).equals(d(s.grandExpenditure))).toBe(true);
        expect(d(s.incomeTotal).equals(d(b.income.total.fiscal))).toBe(true);
        FUNCTIONAL_CLASSES.forEach((c, i) => {
          const row = b.expenditure.rows.find((r) => r.code === c.code);
          expect(d(s.expenditureRows[i]).equals(d(row?.amounts.total))).toBe(true);
          if (row) expect(row.name).toBe(c.name);
          const f = b.fiscalSummary.expenditureRows[i];
          expect(d(f.total).equals(d(f.general).plus(d(f.fund)).plus(d(f.capital)))).toBe(true);
          expect(d(f.general).equals(d(s.expenditureRows[i]))).toBe(true);
        });
        const f = b.fiscalSummary;
        expect(d(f.incomeTotal).equals(sum(f.incomeItems))).toBe(true);
        expect(d(f.expenditureTotal.total).equals(sum(f.expenditureRows.map((r) => r.total)))).toBe(true);
        expect(d(f.grandIncome).equals(d(f.grandExpenditure.total))).toBe(true);
        // 三公
        const tp = b.threePublic;
        expect(d(tp.total.total).equals(sum([tp.outbound.total, tp.vehicle.total, tp.reception.total]))).toBe(true);
        expect(d(tp.vehicle.total).equals(sum([tp.vehiclePurchase.total, tp.vehicleOps.total]))).toBe(true);
        const econ = (code: string) => b.basic.rows.find((r) => r.code === code)?.amounts.total;
        expect(d(tp.vehicleOps.total).equals(d(econ('30231')))).toBe(true);
        expect(d(tp.outbound.total).equals(d(econ('30212')))).toBe(true);
        expect(d(tp.reception.total).equals(d(econ('30217')))).toBe(true);
        // projects
        expect(b.projects.length).toBeLessThanOrEqual(5);
        expect(sum(b.projects.map((p) => p.budget)).equals(d(b.expenditure.total.project))).toBe(true);
        for (const p of b.projects) {
          expect(d(p.budget).greaterThan(0)).toBe(true);
          expect(d(p.budget).equals(d(p.fiscal).plus(d(p.other)))).toBe(true);
          expect(p.indicators.find((i) => i.level2 === '成本指标')?.value).toBe(`≤${p.budget}`);
          expect(p.plan[3]).toBe('100%');
        }
        // assets, procurement
        const a = b.assets.rows;
        expect(
          d(a.total.value).equals(sum([a.building.value, a.vehicle.value, a.equipment.value, a.other.value])),
        ).toBe(true);
        expect(d(b.procurement.total?.total).equals(sum(b.procurement.rows.map((r) => r.total)))).toBe(true);
        // narrative: stated totals, and the 机关运行经费 list sums to its total
        if (b.narrative.length > 0) {
          const text = b.narrative.filter((p): p is string => typeof p === 'string');
          const income = text.find((p) => p.includes('年预算收入'))!;
          expect(amountsIn(income)[0]).toBe(d(s.incomeTotal).toFixed(2));
          const spending = text.find((p) => p.includes('部门支出预算为'))!;
          expect(amountsIn(spending).slice(0, 5)).toEqual(
            [
              b.expenditure.total.total,
              b.expenditure.total.basic,
              b.basic.total.personnel,
              b.basic.total.public,
              b.expenditure.total.project,
            ].map((m) => d(m).toFixed(2)),
          );
          const running = text.find((p) => p.includes('机关运行经费共计安排'))!;
          const [stated, ...items] = amountsIn(running);
          expect(stated).toBe(d(b.basic.total.public).toFixed(2));
          expect(sum(items).toFixed(2)).toBe(stated);
          for (const p of text) {
            for (const y of p.match(/\d{4}(?=年)/g) ?? []) expect([b.year, b.year - 1]).toContain(Number(y));
          }
        } else {
          expect(b.narrative).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('lays out under any variant with every 支出总表 figure readable where its header says', () => {
    fc.assert(
      fc.property(arbitraryBudgetCase, ({ data, variant }) => {
        const grid = layoutWorkbook(data, variant).grid;
        const [title] = findAll(grid, '部门预算支出总表');
        expect(title.col).toBe(variant.originCol);
        const cols = { total: headerCol(title, '合计'), basic: headerCol(title, '基本支出') };
        data.expenditure.rows.forEach((r, i) => {
          const row = title.row + 6 + i; // title, meta, 2 header rows, 栏次, 合计
          expect(cellText(cellAt(title.sheet, row, title.col + 1))).toBe(r.code);
          expect(cellText(cellAt(title.sheet, row, title.col + 2))).toBe(r.name);
          for (const key of ['total', 'basic'] as const) {
            const cell = cellAt(title.sheet, row, cols[key]);
            expect(parseAmount(cell).value.toFixed(2)).toBe(d(r.amounts[key]).toFixed(2));
            if (variant.codesAsNumbers) expect(typeof cellAt(title.sheet, row, title.col + 1)?.value).toBe('number');
          }
        });
        expect(findAll(grid, /绩效目标表$/).length).toBe(Math.max(data.projects.length, 1));
      }),
      { numRuns: 60 },
    );
  });
});
