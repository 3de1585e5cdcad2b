/**
 * fast-check arbitraries for the 决算 property tests: consistent FinalData (JUESUAN.md §4) with random 类/款/项 rows,
 * random income sources (政府性基金, 国有资本经营, non-fiscal ones) present or not, random 年初/年末 balances, the
 * 养老/年金/医疗/公积金 rows paired with their 表6 rows (提示性 pairs) or absent from both, 表7 (and 表8/表9) empty with
 * their 说明 or not, and a random FinalVariant (Shanghai or national layout, code columns, zero style) to lay it out.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import {
  makeConsistentFinal,
  type FinalClassLeaf,
  type FinalItemLeaf,
  type FinalLeaves,
} from '../../scripts/samples/final/consistentFinal';
import { BASIC_TEMPLATE, FINAL_CLASSES_24, type FinalData } from '../../scripts/samples/final/finalData';
import type { FinalVariant } from '../../scripts/samples/final/finalVariant';
import { splitCents } from './arbitraryBudget';

const cents = (n: number): string => new Decimal(n).div(100).toFixed(2);
const orNull = (n: number): string | null => (n === 0 ? null : cents(n));

const UNITS = [
  '上海市普陀区财政局',
  '上海市普陀区生态环境局',
  '上海市普陀区规划和自然资源局',
  '中共上海市普陀区委社会工作部',
];
const ITEM_NAMES: Array<[string, string]> = [
  ['01', '行政运行'],
  ['02', '一般行政管理事务'],
  ['03', '机关服务'],
  ['50', '事业运行'],
  ['99', '其他支出'],
];
const GROUP_NAMES = ['综合事务', '业务管理事务', '专项事务', '监督管理事务', '公共服务事务'];

/** 款 a random group never takes, because the 提示性 pairs own them. */
const RESERVED: Record<string, number> = { '208': 5, '210': 11, '221': 2 };

/** The 表6 rows paired with a 表5 row (JUESUAN.md §4 提示性), and the 项 they pair with. */
const PAIRED = [
  {
    economic: '30108',
    cls: '208',
    group: ['05', '行政事业单位养老支出'],
    items: [['05', '机关事业单位基本养老保险缴费支出']],
  },
  {
    economic: '30109',
    cls: '208',
    group: ['05', '行政事业单位养老支出'],
    items: [['06', '机关事业单位职业年金缴费支出']],
  },
  {
    economic: '30110',
    cls: '210',
    group: ['11', '行政事业单位医疗'],
    items: [
      ['01', '行政单位医疗'],
      ['02', '事业单位医疗'],
    ],
  },
  { economic: '30113', cls: '221', group: ['02', '住房改革支出'], items: [['01', '住房公积金']] },
] as const;
const PAIRED_CODES = PAIRED.map((p) => p.economic);
const THREE_PUBLIC_CODES = ['30212', '30217', '30231', '31013'];

const economicPool = (classes: string[], without: string[]) =>
  BASIC_TEMPLATE.filter((c) => classes.includes(c.code))
    .flatMap((c) => c.items.map(([s]) => c.code + s))
    .filter((code) => !without.includes(code));

const amount = (max: number) => fc.integer({ min: 1, max });
const optional = (p: number, max: number) =>
  fc.oneof({ weight: 100 - p, arbitrary: fc.constant(0) }, { weight: p, arbitrary: amount(max) });

/** 1–4 random 类 with 1–2 款 of 1–3 项; codes in sheet order. */
const randomTree = fc
  .uniqueArray(fc.constantFrom(...FINAL_CLASSES_24), { minLength: 1, maxLength: 4, selector: (c) => c.code })
  .chain((classes) =>
    fc.tuple(
      ...classes.map((cls) =>
        fc
          // Distinct 款 numbers and names: the text names a 项 by its 类/款/项 path.
          .uniqueArray(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom(...GROUP_NAMES)), {
            minLength: 1,
            maxLength: 2,
            selector: (g) => g[1],
          })
          .map((gs) => gs.filter(([n], i) => RESERVED[cls.code] !== n && gs.findIndex((h) => h[0] === n) === i))
          .chain((gs) =>
            fc.tuple(
              ...gs.map(([no, name]) =>
                fc.record({
                  no: fc.constant(no),
                  name: fc.constant(name),
                  items: fc.uniqueArray(fc.constantFrom(...ITEM_NAMES), {
                    minLength: 1,
                    maxLength: 3,
                    selector: (x) => x[0],
                  }),
                }),
              ),
            ),
          )
          .map((groups) => ({ cls, groups })),
      ),
    ),
  );

/** Per 项 draws; amounts in cents of 万元 (up to 10,000.00 万元). */
const itemDraw = fc.record({
  basicWeight: fc.integer({ min: 0, max: 100 }),
  project: optional(60, 1_000_000),
  generalDelta: fc.integer({ min: -100, max: 50 }),
  fund: optional(50, 500_000),
  fundIncome: optional(60, 500_000),
  fundExtra: optional(30, 100_000),
  capital: optional(50, 500_000),
  capitalIncome: optional(60, 500_000),
  capitalExtra: optional(30, 100_000),
  nonfiscal: fc.array(optional(40, 200_000), { minLength: 5, maxLength: 5 }),
  spentShare: fc.integer({ min: 0, max: 100 }),
  spendWeights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 4, maxLength: 4 }),
  budgetPercent: fc.oneof(fc.constant(100), fc.integer({ min: 50, max: 150 })),
});

const economicDraw = (pool: string[], minLength: number) =>
  fc.uniqueArray(fc.tuple(fc.constantFrom(...pool), amount(300_000)), {
    minLength,
    maxLength: 8,
    selector: (x) => x[0],
  });

const threePublicDraw = fc.record({
  budget: fc.record({
    abroad: amount(50_000),
    vehicleBuy: optional(50, 50_000),
    vehicleRun: amount(50_000),
    reception: amount(20_000),
  }),
  extra: fc.record({
    abroad: optional(50, 5_000),
    vehicleBuy: optional(30, 5_000),
    vehicleRun: optional(50, 5_000),
    reception: amount(5_000),
  }),
  rows: fc.uniqueArray(fc.tuple(fc.constantFrom(...THREE_PUBLIC_CODES), amount(20_000)), {
    maxLength: 4,
    selector: (x) => x[0],
  }),
});

const lastYearPercent = fc.oneof(fc.constant(100), fc.integer({ min: 1, max: 200 }));

const draws = fc.record({
  unitName: fc.constantFrom(...UNITS),
  year: fc.integer({ min: 2020, max: 2026 }),
  classRows: fc.constantFrom<24 | 26>(24, 26),
  useNonfiscalLabel: fc.constantFrom('使用非财政拨款结余', '使用非财政拨款结余（含专用结余）'),
  tree: randomTree,
  paired: fc.array(fc.record({ on: fc.boolean(), amount: amount(200_000), second: optional(50, 100_000) }), {
    minLength: 4,
    maxLength: 4,
  }),
  items: fc.array(itemDraw, { minLength: 32, maxLength: 32 }),
  // Often all spending is 一般公共预算 (表5 must then equal 表3 cell for cell).
  sources: fc.oneof(
    {
      weight: 1,
      arbitrary: fc.constant({ fund: false, capital: false, nonfiscal: [false, false, false, false, false] }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        fund: fc.boolean(),
        capital: fc.boolean(),
        nonfiscal: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      }),
    },
  ),
  personnel: economicDraw(economicPool(['301', '303'], PAIRED_CODES), 1),
  public: economicDraw(economicPool(['302', '310'], THREE_PUBLIC_CODES), 1),
  threePublic: fc.option(threePublicDraw, { freq: 2, nil: null }),
  generalExtra: optional(50, 100_000),
  nonfiscalBegin: optional(50, 100_000),
  useNonfiscal: optional(30, 50_000),
  distribution: optional(30, 50_000),
  narrative: fc.record({
    lastYear: fc.record({
      total: lastYearPercent,
      fiscal: lastYearPercent,
      general: lastYearPercent,
      threePublic: lastYearPercent,
      operatingCosts: lastYearPercent,
    }),
    procurement: fc.record({
      goods: optional(70, 100_000),
      works: optional(30, 100_000),
      services: optional(70, 100_000),
    }),
    assets: fc.record({ emergency: fc.nat(2), enforcement: fc.nat(3), other: fc.nat(8), devices: fc.nat(6) }),
    trips: fc.record({ groups: fc.nat(3), people: fc.nat(10), batches: fc.nat(20), guests: fc.nat(100) }),
  }),
});

type Draws = typeof draws extends fc.Arbitrary<infer T> ? T : never;

interface Slot {
  cls: string;
  clsName: string;
  group: string;
  groupName: string;
  item: string;
  name: string;
  /** 基本支出 fixed by a 提示性 pair, or null to take a share of the rest. */
  basic: number | null;
}

function slots(r: Draws): Slot[] {
  const out: Slot[] = [];
  r.tree.forEach(({ cls, groups }) =>
    groups.forEach((g) =>
      g.items.forEach(([s, name]) =>
        out.push({
          cls: cls.code,
          clsName: cls.name,
          group: String(g.no).padStart(2, '0'),
          groupName: g.name,
          item: s,
          name,
          basic: null,
        }),
      ),
    ),
  );
  PAIRED.forEach((p, i) => {
    const d = r.paired[i];
    if (!d.on) return;
    const clsName = FINAL_CLASSES_24.find((c) => c.code === p.cls)!.name;
    // 30110 pairs with the 款 21011: its amount may fall on one or both 项.
    const parts = p.items.length === 2 && d.second > 0 ? [d.amount, d.second] : [d.amount];
    parts.forEach((amountCents, k) =>
      out.push({
        cls: p.cls,
        clsName,
        group: p.group[0],
        groupName: p.group[1],
        item: p.items[k][0],
        name: p.items[k][1],
        basic: amountCents,
      }),
    );
  });
  // A tree whose random 款 all fell on reserved ones still needs a 项 to carry the other 基本支出.
  if (!out.some((x) => x.basic === null))
    out.push({
      cls: '201',
      clsName: '一般公共服务支出',
      group: '01',
      groupName: '人大事务',
      item: '01',
      name: '行政运行',
      basic: null,
    });
  return out.sort((a, b) => (a.cls + a.group + a.item).localeCompare(b.cls + b.group + b.item));
}

function economicOf(r: Draws): Record<string, number> {
  const e: Record<string, number> = {};
  for (const [code, c] of [...r.personnel, ...r.public, ...(r.threePublic?.rows ?? [])]) e[code] = c;
  PAIRED.forEach((p, i) => {
    const d = r.paired[i];
    if (d.on) e[p.economic] = d.amount + (p.items.length === 2 ? d.second : 0);
  });
  return e;
}

function toLeaves(r: Draws): FinalLeaves {
  const all = slots(r);
  const economic = economicOf(r);
  const pairedTotal = all.reduce((n, s) => n + (s.basic ?? 0), 0);
  const free = all.filter((s) => s.basic === null);
  const rest = Object.values(economic).reduce((a, b) => a + b, 0) - pairedTotal;
  const shares = splitCents(
    rest,
    free.map((_, i) => r.items[i].basicWeight),
  );
  let freeIndex = 0;
  let generalDeficit = 0;
  let nonfiscalLeft = 0;
  const leafOf = (s: Slot, k: number): FinalItemLeaf => {
    const d = r.items[k % r.items.length];
    const basic = s.basic ?? shares[freeIndex++];
    // Every 项 spends 一般公共预算 money, so it has a row in 表5 and a 五（三） item.
    const project = basic === 0 && d.project === 0 ? 100 : d.project;
    const general = basic + project;
    const generalIncome = Math.max(1, general + Math.trunc((general * d.generalDelta) / 100));
    generalDeficit += general - generalIncome;
    const fund = r.sources.fund ? d.fund : 0;
    const fundIncome = r.sources.fund ? d.fundIncome : 0;
    const capital = r.sources.capital ? d.capital : 0;
    const capitalIncome = r.sources.capital ? d.capitalIncome : 0;
    const nf = d.nonfiscal.map((c, i) => (r.sources.nonfiscal[i] ? c : 0));
    const nfIncome = nf.reduce((a, b) => a + b, 0);
    const nfSpend = splitCents(Math.floor((nfIncome * d.spentShare) / 100), d.spendWeights);
    nonfiscalLeft += nfIncome - nfSpend.reduce((a, b) => a + b, 0);
    return {
      code: s.cls + s.group + s.item,
      name: s.name,
      basic: orNull(basic),
      project: orNull(project),
      fund: orNull(fund),
      capital: orNull(capital),
      nonfiscalProject: orNull(nfSpend[0]),
      operatingSpend: orNull(nfSpend[1]),
      toSuperior: orNull(nfSpend[2]),
      toAffiliated: orNull(nfSpend[3]),
      generalIncome: orNull(generalIncome),
      fundIncome: orNull(fundIncome),
      capitalIncome: orNull(capitalIncome),
      superior: orNull(nf[0]),
      business: orNull(nf[1]),
      operating: orNull(nf[2]),
      affiliated: orNull(nf[3]),
      other: orNull(nf[4]),
      // 年初 covers what the year's income does not, so no 年末 is negative.
      fundBegin: orNull(Math.max(0, fund - fundIncome) + (fund + fundIncome > 0 ? d.fundExtra : 0)),
      capitalBegin: orNull(Math.max(0, capital - capitalIncome) + (capital + capitalIncome > 0 ? d.capitalExtra : 0)),
      budget: cents(Math.max(1, Math.round((general * d.budgetPercent) / 100))),
      use: `${s.name}方面的支出`,
    };
  };
  const functional: FinalClassLeaf[] = [];
  all.forEach((s, k) => {
    let cls = functional.find((c) => c.code === s.cls);
    if (!cls) functional.push((cls = { code: s.cls, name: s.clsName, groups: [] }));
    let group = cls.groups.find((g) => g.code === s.cls + s.group);
    if (!group) cls.groups.push((group = { code: s.cls + s.group, name: s.groupName, items: [] }));
    group.items.push(leafOf(s, k));
  });
  const tp = r.threePublic;
  const use = r.useNonfiscal;
  return {
    unitName: r.unitName,
    year: r.year,
    classRows: r.classRows,
    useNonfiscalLabel: r.useNonfiscalLabel,
    functional,
    economic: Object.fromEntries(Object.entries(economic).map(([c, v]) => [c, cents(v)])),
    generalBegin: orNull(Math.max(0, generalDeficit) + r.generalExtra),
    nonfiscalBegin: orNull(r.nonfiscalBegin),
    useNonfiscal: orNull(use),
    distribution: orNull(Math.min(r.distribution, r.nonfiscalBegin + nonfiscalLeft + use)),
    threePublic: tp && {
      budget: {
        abroad: cents(tp.budget.abroad),
        vehicleBuy: cents(tp.budget.vehicleBuy),
        vehicleRun: cents(tp.budget.vehicleRun),
        reception: cents(tp.budget.reception),
      },
      extra: {
        abroad: cents(tp.extra.abroad),
        vehicleBuy: cents(tp.extra.vehicleBuy),
        vehicleRun: cents(tp.extra.vehicleRun),
        reception: cents(tp.extra.reception),
      },
    },
    lastYear: r.narrative.lastYear,
    procurement: {
      goods: cents(r.narrative.procurement.goods),
      works: cents(r.narrative.procurement.works),
      services: cents(r.narrative.procurement.services),
    },
    assets: r.narrative.assets,
    trips: r.narrative.trips,
  };
}

/** The leaves of a consistent 决算. */
export const arbitraryFinalLeaves: fc.Arbitrary<FinalLeaves> = draws.map(toLeaves);

/** A consistent FinalData. */
export const arbitraryFinalData: fc.Arbitrary<FinalData> = arbitraryFinalLeaves.map(makeConsistentFinal);

/** Any combination of the layout options, in either layout. */
export const arbitraryFinalVariant: fc.Arbitrary<FinalVariant> = fc.record({
  layout: fc.constantFrom<FinalVariant['layout']>('shanghai', 'national'),
  codes: fc.constantFrom<FinalVariant['codes']>('parts', 'wholeInFirst', 'single'),
  totalOnHeaderRow: fc.boolean(),
  basicCodes: fc.constantFrom<FinalVariant['basicCodes']>('parts', 'single'),
  zeros: fc.constantFrom<FinalVariant['zeros']>('blank', 'zero', 'mixed'),
  zeroMask: fc.integer({ min: 0, max: 0x7fffffff }),
  partHeading: fc.constantFrom<FinalVariant['partHeading']>('none', 'plain', 'part'),
  notes: fc.boolean(),
});

/** A consistent 决算 together with the layout to write it in. */
export const arbitraryFinalCase = fc.record({ data: arbitraryFinalData, variant: arbitraryFinalVariant });
