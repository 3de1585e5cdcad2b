/**
 * fast-check arbitraries for the property tests: a consistent BudgetData (every total the exact sum of
 * its parts, so a correct checker finds nothing) and a random LayoutVariant to lay it out with.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { FUNCTIONAL_CLASSES, type BudgetData } from '../../scripts/samples/budgetData';
import {
  makeConsistent,
  type BudgetLeaves,
  type EconomicClassLeaf,
  type FunctionalClassLeaf,
  type ProcurementLeaf,
  type ProjectLeaf,
} from '../../scripts/samples/consistentBudget';
import type { LayoutVariant } from '../../scripts/samples/layoutVariant';

function cents(n: number): string {
  return new Decimal(n).div(100).toFixed(2);
}

/** Split `total` cents into parts proportional to `weights` (exact: the remainder goes to the first part). */
export function splitCents(total: number, weights: number[]): number[] {
  const w = weights.reduce((a, b) => a + b, 0);
  if (w === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const parts = weights.map((x) => Math.floor((total * x) / w));
  parts[0] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

const UNITS = ['224网信办', '101教育局', '305财政局', '412卫生健康局', '118统计局', '207文化广电和旅游局'];

const ITEM_NAMES: Array<[string, string]> = [
  ['01', '行政运行'],
  ['02', '一般行政管理事务'],
  ['03', '机关服务'],
  ['50', '事业运行'],
  ['99', '其他支出'],
];
const GROUP_NAMES = ['综合事务', '业务管理事务', '专项事务', '监督管理事务', '公共服务事务'];

const PERSONNEL_ITEMS: Array<[string, string]> = [
  ['30101', '基本工资'],
  ['30102', '津贴补贴'],
  ['30103', '奖金'],
  ['30107', '绩效工资'],
  ['30108', '机关事业单位基本养老保险缴费'],
  ['30113', '住房公积金'],
];
const PUBLIC_ITEMS: Array<[string, string]> = [
  ['30201', '办公费'],
  ['30205', '水费'],
  ['30206', '电费'],
  ['30207', '邮电费'],
  ['30211', '差旅费'],
  ['30212', '因公出国（境）费用'],
  ['30217', '公务接待费'],
  ['30231', '公务用车运行维护费'],
  ['30299', '其他商品和服务支出'],
];
const FAMILY_ITEMS: Array<[string, string]> = [
  ['30305', '生活补助'],
  ['30399', '其他对个人和家庭的补助'],
];
const CAPITAL_ITEMS: Array<[string, string]> = [['31013', '公务用车购置']];

const PROJECT_NAMES = [
  '信息化建设经费',
  '专项业务培训',
  '劳务派遣人员经费',
  '宣传工作经费',
  '设备维护费',
  '执法检查经费',
];
const PLANS: Array<Array<string | null>> = [
  ['30%', '60%', '80%', '100%'],
  ['25%', '50%', '75%', '100%'],
  ['30%', '50%', '70%', '100%'],
  [null, '30%', '80%', '100%'],
];

/** Structure of the 功能分类 tree: 1–6 类, each with 1–2 款 of 1–3 项 (amounts are filled in later). */
const functionalTree = fc
  .uniqueArray(fc.constantFrom(...FUNCTIONAL_CLASSES.slice(0, 22).map((c) => c.code)), {
    minLength: 1,
    maxLength: 6,
  })
  .chain((classCodes) =>
    fc.tuple(
      ...classCodes.map((code) =>
        fc
          .uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 2 })
          .chain((groupNos) =>
            fc.tuple(
              ...groupNos.map((no) =>
                fc.record({
                  no: fc.constant(no),
                  name: fc.constantFrom(...GROUP_NAMES),
                  items: fc.uniqueArray(fc.constantFrom(...ITEM_NAMES), {
                    minLength: 1,
                    maxLength: 3,
                    selector: (x) => x[0],
                  }),
                }),
              ),
            ),
          )
          .map((groups) => ({ code, groups })),
      ),
    ),
  );

function economicClass(
  code: EconomicClassLeaf['code'],
  name: string,
  pool: Array<[string, string]>,
  minLength: number,
): fc.Arbitrary<EconomicClassLeaf | null> {
  return fc
    .uniqueArray(fc.tuple(fc.constantFrom(...pool), fc.integer({ min: 100, max: 5_000_000 })), {
      minLength,
      maxLength: pool.length,
      selector: (x) => x[0][0],
    })
    .map((items) =>
      items.length === 0
        ? null
        : {
            code,
            name,
            items: items
              .map(([[c, n], amount]) => ({ code: c, name: n, amount: cents(amount) }))
              .sort((a, b) => a.code.localeCompare(b.code)),
          },
    );
}

const economicLeaves = fc
  .tuple(
    economicClass('301', '工资福利支出', PERSONNEL_ITEMS, 1),
    economicClass('302', '商品和服务支出', PUBLIC_ITEMS, 0),
    economicClass('303', '对个人和家庭的补助', FAMILY_ITEMS, 0),
    economicClass('310', '资本性支出', CAPITAL_ITEMS, 0),
  )
  .map((classes) => classes.filter((c): c is EconomicClassLeaf => c !== null));

const projectLeaves = (year: number): fc.Arbitrary<ProjectLeaf[]> =>
  fc
    .uniqueArray(
      fc.record({
        name: fc.constantFrom(...PROJECT_NAMES),
        amount: fc.integer({ min: 1, max: 2_000_000 }),
        serial: fc.integer({ min: 100000, max: 999999 }),
        plan: fc.constantFrom(...PLANS),
      }),
      { minLength: 0, maxLength: 5, selector: (p) => p.name },
    )
    .map((ps) =>
      ps.map((p) => ({
        code: `130111${String(year % 100).padStart(2, '0')}P000053${p.serial}`,
        name: p.name,
        purpose: `保障${p.name.replace(/经费|费$/, '')}工作开展`,
        fiscal: cents(p.amount),
        plan: p.plan,
      })),
    );

const procurementLeaves: fc.Arbitrary<ProcurementLeaf[]> = fc.array(
  fc.record({
    projectName: fc.constantFrom('办公设备购置', '信息化设备购置', '印刷服务'),
    itemName: fc.constantFrom('台式计算机', '打印机', '复印纸', '服务器'),
    catalogNo: fc.constantFrom('A02010104', 'A02021001', 'A05040101', 'A02010103'),
    measureUnit: fc.constantFrom('台', '套', '箱'),
    quantity: fc.integer({ min: 1, max: 20 }),
    unitPrice: fc.integer({ min: 100, max: 200_000 }).map(cents),
  }),
  { maxLength: 3 },
);

const optionalCents = fc.option(fc.integer({ min: 1, max: 10_000_000 }).map(cents), { nil: null });

const assetsLeaves = (year: number) =>
  fc
    .record({
      building: optionalCents,
      area: fc.integer({ min: 50, max: 5000 }),
      vehicle: optionalCents,
      vehicles: fc.integer({ min: 1, max: 5 }),
      equipment: optionalCents,
      devices: fc.integer({ min: 1, max: 5 }),
      other: optionalCents,
    })
    .map((a) => ({
      asOf: `${year - 1}-12-31`,
      rows: {
        building: { quantity: a.building ? String(a.area) : null, value: a.building },
        officeBuilding: { quantity: a.building ? String(a.area) : null, value: a.building },
        vehicle: { quantity: a.vehicle ? String(a.vehicles) : null, value: a.vehicle },
        equipment: { quantity: a.equipment ? String(a.devices) : null, value: a.equipment },
        other: { quantity: null, value: a.other },
      },
    }));

/** The leaves of a consistent budget: basic and project amounts are spread over the 功能分类 项. */
export const arbitraryBudgetLeaves: fc.Arbitrary<BudgetLeaves> = fc
  .record({ unitName: fc.constantFrom(...UNITS), year: fc.integer({ min: 2022, max: 2026 }) })
  .chain(({ unitName, year }) =>
    fc
      .record({
        tree: functionalTree,
        economic: economicLeaves,
        projects: projectLeaves(year),
        procurement: procurementLeaves,
        assets: assetsLeaves(year),
        narrative: fc.constantFrom<BudgetLeaves['narrative']>('totals', 'none'),
        basicWeights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 36, maxLength: 36 }),
        projectWeights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 36, maxLength: 36 }),
      })
      .map((r) => {
        const itemCount = r.tree.reduce((n, c) => n + c.groups.reduce((m, g) => m + g.items.length, 0), 0);
        const toCents = (s: string) => new Decimal(s).times(100).toNumber();
        const basicCents = r.economic.flatMap((c) => c.items).reduce((n, i) => n + toCents(i.amount), 0);
        const projectCents = r.projects.reduce((n, p) => n + toCents(p.fiscal), 0);
        // Every 项 gets at least 0.01 of basic spending so no row is all blank.
        const basic = splitCents(basicCents - itemCount, r.basicWeights.slice(0, itemCount)).map((c) => c + 1);
        const project = splitCents(projectCents, r.projectWeights.slice(0, itemCount));
        let k = 0;
        const functional: FunctionalClassLeaf[] = r.tree.map((cls) => ({
          code: cls.code,
          groups: cls.groups.map((g) => {
            const groupCode = `${cls.code}${String(g.no).padStart(2, '0')}`;
            return {
              code: groupCode,
              name: g.name,
              items: g.items.map(([suffix, name]) => {
                const i = k++;
                return {
                  code: `${groupCode}${suffix}`,
                  name,
                  basic: basic[i] ? cents(basic[i]) : null,
                  project: project[i] ? cents(project[i]) : null,
                };
              }),
            };
          }),
        }));
        return {
          unitName,
          year,
          functional,
          economic: r.economic,
          projects: r.projects,
          procurement: r.procurement,
          assets: r.assets,
          narrative: r.narrative,
        };
      }),
  );

/** A consistent BudgetData. */
export const arbitraryBudget: fc.Arbitrary<BudgetData> = arbitraryBudgetLeaves.map(makeConsistent);

/** Any combination of the layout options. */
export const arbitraryLayoutVariant: fc.Arbitrary<LayoutVariant> = fc.record({
  sheetNaming: fc.constantFrom<LayoutVariant['sheetNaming']>('numbered', 'mixed'),
  originRow: fc.integer({ min: 0, max: 5 }),
  originCol: fc.integer({ min: 0, max: 4 }),
  stacked: fc.boolean(),
  gapRows: fc.integer({ min: 1, max: 3 }),
  amountStyle: fc.constantFrom<LayoutVariant['amountStyle']>('number', 'text'),
  codesAsNumbers: fc.boolean(),
  totalsAsFormulas: fc.boolean(),
});

/** A consistent budget together with the layout to write it in. */
export const arbitraryBudgetCase = fc.record({ data: arbitraryBudget, variant: arbitraryLayoutVariant });
