/**
 * fast-check arbitraries for the Shanghai property tests: a consistent ShanghaiBudgetData (random 类/款/项 rows,
 * random 元 amounts to the fen, every sum and cross-table equality exact, 政府性基金 / 国有资本经营 tables empty or
 * not, non-fiscal income or not, table 1 split into 人员/公用 or not) and a random ShanghaiVariant to lay it out with.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { FUNCTIONAL_CLASSES } from '../../scripts/samples/budgetData';
import type { EconomicClassLeaf } from '../../scripts/samples/consistentBudget';
import {
  makeConsistentShanghai,
  type ShClassLeaf,
  type ShanghaiLeaves,
} from '../../scripts/samples/shanghai/consistentShanghai';
import type { ShanghaiBudgetData } from '../../scripts/samples/shanghai/shanghaiData';
import type { ShanghaiVariant } from '../../scripts/samples/shanghai/shanghaiVariant';
import { splitCents } from './arbitraryBudget';

const cents = (n: number): string => new Decimal(n).div(100).toFixed(2);

const UNITS = [
  '上海市普陀区人民政府办公室',
  '上海市普陀区商务委员会',
  '上海市普陀区教育局',
  '上海市普陀区卫生健康委员会',
  '上海市普陀区统计局',
];

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
  ['30107', '绩效工资'],
  ['30108', '机关事业单位基本养老保险缴费'],
  ['30113', '住房公积金'],
];
const PUBLIC_ITEMS: Array<[string, string]> = [
  ['30201', '办公费'],
  ['30207', '邮电费'],
  ['30211', '差旅费'],
  ['30212', '因公出国（境）费用'],
  ['30217', '公务接待费'],
  ['30231', '公务用车运行维护费'],
  ['30299', '其他商品和服务支出'],
];
const FAMILY_ITEMS: Array<[string, string]> = [
  ['30301', '离休费'],
  ['30302', '退休费'],
];
const CAPITAL_ITEMS: Array<[string, string]> = [
  ['31002', '办公设备购置'],
  ['31013', '公务用车购置'],
];

/** Up to 10,000,000.00 元 per leaf: large enough for 万元 text, small enough for exact doubles. */
const YUAN_CENTS = fc.integer({ min: 100, max: 1_000_000_000 });

function economicClass(
  code: EconomicClassLeaf['code'],
  name: string,
  pool: Array<[string, string]>,
  minLength: number,
): fc.Arbitrary<EconomicClassLeaf | null> {
  return fc
    .uniqueArray(fc.tuple(fc.constantFrom(...pool), YUAN_CENTS), {
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

/** 1–5 类, each with 1–2 款 (distinct names) of 1–3 项. */
const functionalTree = fc
  .uniqueArray(fc.constantFrom(...FUNCTIONAL_CLASSES.slice(0, 20)), {
    minLength: 1,
    maxLength: 5,
    selector: (c) => c.code,
  })
  .map((cs) => [...cs].sort((a, b) => a.code.localeCompare(b.code)))
  .chain((classes) =>
    fc.tuple(
      ...classes.map((cls) =>
        fc
          .uniqueArray(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom(...GROUP_NAMES)), {
            minLength: 1,
            maxLength: 2,
            selector: (g) => g[1],
          })
          .map((gs) => gs.filter((g, i) => gs.findIndex((h) => h[0] === g[0]) === i).sort((a, b) => a[0] - b[0]))
          .chain((groups) =>
            fc.tuple(
              ...groups.map(([no, name]) =>
                fc
                  .uniqueArray(fc.constantFrom(...ITEM_NAMES), { minLength: 1, maxLength: 3, selector: (x) => x[0] })
                  .map((items) => ({ no, name, items: [...items].sort((a, b) => a[0].localeCompare(b[0])) })),
              ),
            ),
          )
          .map((groups) => ({ cls, groups })),
      ),
    ),
  );

/** Per 项, how the money other than 基本支出 falls: weights (0 = none) for each source. */
const sourceWeights = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 30, maxLength: 30 });

/** A source present in the workbook or not, and its total in cents. */
const optionalTotal = (p: number) =>
  fc.oneof(
    { weight: 100 - p, arbitrary: fc.constant(0) },
    { weight: p, arbitrary: fc.integer({ min: 1_000_000, max: 3_000_000_000 }) },
  );

const wanCents = (max: number) => fc.integer({ min: 0, max }).map(cents);
const maybeWan = (max: number) => fc.oneof(fc.constant('0.00'), wanCents(max));

/** Last year as a percentage of this year: often the same (持平), else anything from 0 to twice. */
const lastYearPercent = fc.oneof(fc.constant(100), fc.integer({ min: 0, max: 200 }));

const narrativeLeaves = fc.record({
  lastYear: fc.record({
    general: lastYearPercent,
    fund: lastYearPercent,
    capital: lastYearPercent,
    outbound: lastYearPercent,
    reception: lastYearPercent,
    vehiclePurchase: lastYearPercent,
    vehicleOps: lastYearPercent,
  }),
  procurement: fc.record({ goods: maybeWan(1_000_000), works: maybeWan(1_000_000), services: maybeWan(1_000_000) }),
  performance: fc.record({
    units: fc.integer({ min: 1, max: 5 }),
    projects: fc.integer({ min: 1, max: 30 }),
    share: fc.integer({ min: 0, max: 100 }),
  }),
  assets: fc.record({
    leaders: fc.nat(2),
    enforcement: fc.nat(3),
    others: fc.nat(3),
    devices: fc.nat(2),
  }),
});

/** The leaves of a consistent Shanghai budget. */
export const arbitraryShanghaiLeaves: fc.Arbitrary<ShanghaiLeaves> = fc
  .record({
    unitName: fc.constantFrom(...UNITS),
    year: fc.integer({ min: 2023, max: 2026 }),
    split: fc.boolean(),
    tree: functionalTree,
    economic: economicLeaves,
    project: optionalTotal(80),
    fund: optionalTotal(30),
    capital: optionalTotal(20),
    business: optionalTotal(15),
    operating: optionalTotal(10),
    other: optionalTotal(15),
    personnelWeights: sourceWeights,
    publicWeights: sourceWeights,
    weights: fc.array(sourceWeights, { minLength: 6, maxLength: 6 }),
    threePublicExtra: fc.record({
      outbound: maybeWan(5_000),
      reception: maybeWan(2_000),
      vehiclePurchase: maybeWan(5_000),
      vehicleOps: maybeWan(2_000),
    }),
    noteColon: fc.constantFrom<ShanghaiLeaves['noteColon']>(':', '：'),
    narrative: narrativeLeaves,
  })
  .map((r): ShanghaiLeaves => {
    const itemCount = r.tree.reduce((n, c) => n + c.groups.reduce((m, g) => m + g.items.length, 0), 0);
    const toCents = (s: string) => new Decimal(s).times(100).toNumber();
    const classCents = (codes: string[]) =>
      r.economic
        .filter((c) => codes.includes(c.code))
        .flatMap((c) => c.items)
        .reduce((n, i) => n + toCents(i.amount), 0);
    // Every 项 gets at least 0.01 of 人员经费 so no row is blank; 公用经费 may be 0 everywhere.
    const personnel = splitCents(classCents(['301', '303']) - itemCount, r.personnelWeights.slice(0, itemCount)).map(
      (c) => c + 1,
    );
    const publicCost = splitCents(classCents(['302', '310']), r.publicWeights.slice(0, itemCount));
    const spread = (total: number, weights: number[]) => {
      const w = weights.slice(0, itemCount);
      // A source with money goes to at least one 项.
      if (total > 0 && !w.some((x) => x > 0)) w[0] = 1;
      return splitCents(total, w);
    };
    const sources = {
      project: spread(r.project, r.weights[0]),
      fund: spread(r.fund, r.weights[1]),
      capital: spread(r.capital, r.weights[2]),
      business: spread(r.business, r.weights[3]),
      operating: spread(r.operating, r.weights[4]),
      other: spread(r.other, r.weights[5]),
    };
    const m = (c: number) => (c === 0 ? null : cents(c));
    let k = 0;
    const functional: ShClassLeaf[] = r.tree.map(({ cls, groups }) => ({
      code: cls.code,
      name: cls.name,
      groups: groups.map((g) => {
        const groupCode = `${cls.code}${String(g.no).padStart(2, '0')}`;
        return {
          code: groupCode,
          name: g.name,
          items: g.items.map(([suffix, name]) => {
            const i = k++;
            return {
              code: `${groupCode}${suffix}`,
              name,
              personnel: m(personnel[i]),
              public: m(publicCost[i]),
              project: m(sources.project[i]),
              fund: m(sources.fund[i]),
              capital: m(sources.capital[i]),
              business: m(sources.business[i]),
              operating: m(sources.operating[i]),
              other: m(sources.other[i]),
            };
          }),
        };
      }),
    }));
    return {
      unitName: r.unitName,
      year: r.year,
      split: r.split,
      functional,
      economic: r.economic,
      threePublicExtra: r.threePublicExtra,
      noteColon: r.noteColon,
      ...r.narrative,
    };
  });

/** A consistent ShanghaiBudgetData. */
export const arbitraryShanghaiBudget: fc.Arbitrary<ShanghaiBudgetData> =
  arbitraryShanghaiLeaves.map(makeConsistentShanghai);

/** Any combination of the Shanghai layout options. */
export const arbitraryShanghaiVariant: fc.Arbitrary<ShanghaiVariant> = fc.record({
  upperCodes: fc.constantFrom<ShanghaiVariant['upperCodes']>('repeated', 'blank'),
  totalGapRows: fc.integer({ min: 0, max: 4 }),
  emptyRows: fc.integer({ min: 0, max: 3 }),
  zeros: fc.constantFrom<ShanghaiVariant['zeros']>('blank', 'zero'),
  sheetNaming: fc.constantFrom<ShanghaiVariant['sheetNaming']>('numbered', 'template'),
  originRow: fc.integer({ min: 0, max: 3 }),
  originCol: fc.integer({ min: 0, max: 2 }),
});

/** A consistent Shanghai budget together with the layout to write it in. */
export const arbitraryShanghaiCase = fc.record({ data: arbitraryShanghaiBudget, variant: arbitraryShanghaiVariant });
