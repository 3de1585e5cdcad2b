/**
 * Build a whole consistent 部门决算 from its leaves (JUESUAN.md §4): every 类/款/合计 the exact sum of its 项 in 万元,
 * every column identity, 总计 = 本年合计 + 结余 lines, 年末 = 年初 + 收入 − 支出 per fund type and per 表8/表9 row,
 * every cross-table pair equal, 表7 no smaller than its 表6 rows, and a 情况说明 stating the table figures. Amounts are
 * built up from parts, so there is no 尾差 anywhere; a correct checker reports nothing on the result.
 */
import Decimal from 'decimal.js';
import type { Money } from '../budgetData';
import {
  BASIC_TEMPLATE,
  FINAL_CLASSES_24,
  FINAL_CLASSES_26,
  PERSONNEL_CLASSES,
  type FinalBasicRow,
  type FinalCodedRow,
  type FinalCodedTable,
  type FinalData,
  type FinalFiscalColumn,
  type FinalFundColumn,
  type ThreePublicItem,
} from './finalData';
import { finalNarrative, type FinalNarrativeLeaves, type NarrativeItem } from './finalNarrative';

/** One 项: what it spent and received, in 万元 ('12.34' or null). */
export interface FinalItemLeaf {
  code: string;
  name: string;
  /** 一般公共预算财政拨款 基本支出 and 项目支出. */
  basic: Money;
  project: Money;
  /** 政府性基金 / 国有资本经营 财政拨款 spent on projects. */
  fund: Money;
  capital: Money;
  /** Spending of non-fiscal money: on projects, 经营支出, 上缴上级支出, 对附属单位补助支出. */
  nonfiscalProject: Money;
  operatingSpend: Money;
  toSuperior: Money;
  toAffiliated: Money;
  /** Income by source. */
  generalIncome: Money;
  fundIncome: Money;
  capitalIncome: Money;
  superior: Money;
  business: Money;
  operating: Money;
  affiliated: Money;
  other: Money;
  /** 年初结转和结余 of the row in 表8 / 表9. */
  fundBegin: Money;
  capitalBegin: Money;
  /** 年初预算 of the 项 (五（三）) and what it was used for. */
  budget: string;
  use: string;
}

export interface FinalGroupLeaf {
  code: string;
  name: string;
  items: FinalItemLeaf[];
}

export interface FinalClassLeaf {
  code: string;
  name: string;
  groups: FinalGroupLeaf[];
}

export interface FinalLeaves extends FinalNarrativeLeaves {
  unitName: string;
  year: number;
  /** 表1/表4 功能类 list length. */
  classRows: 24 | 26;
  useNonfiscalLabel: string;
  functional: FinalClassLeaf[];
  /** Non-zero 表6 款 amounts by 5-digit code. */
  economic: Record<string, string>;
  /** 年初 一般公共预算 balance, and the non-fiscal balance, use of it, and 结余分配. */
  generalBegin: Money;
  nonfiscalBegin: Money;
  useNonfiscal: Money;
  distribution: Money;
  /** 表7 预算数 and 决算数 beyond the 表6 rows (project spending); null: no 三公 at all (empty table). */
  threePublic: null | {
    budget: Record<'abroad' | 'vehicleBuy' | 'vehicleRun' | 'reception', string>;
    extra: Record<'abroad' | 'vehicleBuy' | 'vehicleRun' | 'reception', string>;
  };
}

const ZERO = new Decimal(0);

export function dec(m: Money | undefined): Decimal {
  return m === null || m === undefined ? ZERO : new Decimal(m);
}

/** Blank for zero, as the tables print it. */
export function money(d: Decimal): Money {
  return d.isZero() ? null : d.toFixed(2);
}

const ITEM_KEYS = [
  'basic',
  'project',
  'fund',
  'capital',
  'nonfiscalProject',
  'operatingSpend',
  'toSuperior',
  'toAffiliated',
  'generalIncome',
  'fundIncome',
  'capitalIncome',
  'superior',
  'business',
  'operating',
  'affiliated',
  'other',
  'fundBegin',
  'capitalBegin',
] as const;
type ItemKey = (typeof ITEM_KEYS)[number];
type Sums = Record<ItemKey, Decimal>;

function sumsOf(items: FinalItemLeaf[]): Sums {
  return Object.fromEntries(ITEM_KEYS.map((k) => [k, items.reduce((a, i) => a.plus(dec(i[k])), ZERO)])) as Sums;
}

/** The derived figures of a line (a 项, 款, 类 or the whole). */
function derive(s: Sums) {
  const general = s.basic.plus(s.project);
  const nonfiscalSpend = s.nonfiscalProject.plus(s.operatingSpend).plus(s.toSuperior).plus(s.toAffiliated);
  const spendProject = s.project.plus(s.fund).plus(s.capital).plus(s.nonfiscalProject);
  const spend = general.plus(s.fund).plus(s.capital).plus(nonfiscalSpend);
  const fiscalIncome = s.generalIncome.plus(s.fundIncome).plus(s.capitalIncome);
  const nonfiscalIncome = s.superior.plus(s.business).plus(s.operating).plus(s.affiliated).plus(s.other);
  return {
    general,
    nonfiscalSpend,
    spendProject,
    spend,
    fiscalIncome,
    nonfiscalIncome,
    income: fiscalIncome.plus(nonfiscalIncome),
    fundEnd: s.fundBegin.plus(s.fundIncome).minus(s.fund),
    capitalEnd: s.capitalBegin.plus(s.capitalIncome).minus(s.capital),
  };
}

interface Line {
  code: string;
  name: string;
  sums: Sums;
}

function lines(leaves: FinalLeaves): Line[] {
  const out: Line[] = [];
  for (const c of leaves.functional) {
    out.push({ code: c.code, name: c.name, sums: sumsOf(c.groups.flatMap((g) => g.items)) });
    for (const g of c.groups) {
      out.push({ code: g.code, name: g.name, sums: sumsOf(g.items) });
      for (const i of g.items) out.push({ code: i.code, name: i.name, sums: sumsOf([i]) });
    }
  }
  return out;
}

function codedTable<C extends string>(
  all: Line[],
  whole: Sums,
  pick: (s: Sums) => Partial<Record<C, Decimal>>,
  shown: (s: Sums) => boolean,
): FinalCodedTable<C> {
  const moneyOf = (a: Partial<Record<C, Decimal>>) =>
    Object.fromEntries(Object.entries(a).map(([k, v]) => [k, money(v as Decimal)])) as Partial<Record<C, Money>>;
  const rows: Array<FinalCodedRow<C>> = all
    .filter((l) => shown(l.sums))
    .map((l) => ({ code: l.code, name: l.name, amounts: moneyOf(pick(l.sums)) }));
  return { total: moneyOf(pick(whole)), rows };
}

function fundTable(
  all: Line[],
  whole: Sums,
  which: 'fund' | 'capital',
  emptyNote: string,
): FinalCodedTable<FinalFundColumn> {
  const pick = (s: Sums): Partial<Record<FinalFundColumn, Decimal>> => {
    const begin = which === 'fund' ? s.fundBegin : s.capitalBegin;
    const income = which === 'fund' ? s.fundIncome : s.capitalIncome;
    const spend = s[which];
    return { begin, income, spend, spendBasic: ZERO, spendProject: spend, end: begin.plus(income).minus(spend) };
  };
  const t = codedTable(all, whole, pick, (s) => Object.values(pick(s)).some((v) => !v.isZero()));
  return t.rows.length > 0 ? t : { total: {}, rows: [], emptyNote };
}

/** 表6's rows, every template row printed, and its two totals. */
function basicTable(economic: Record<string, string>) {
  const personnel: FinalBasicRow[] = [];
  const publicRows: FinalBasicRow[] = [];
  let personnelTotal = ZERO;
  let publicTotal = ZERO;
  for (const cls of BASIC_TEMPLATE) {
    const items = cls.items.map(([suffix, name]) => ({
      code: cls.code + suffix,
      name,
      amount: dec(economic[cls.code + suffix]),
    }));
    const sum = items.reduce((a, i) => a.plus(i.amount), ZERO);
    const rows = [
      { code: cls.code, name: cls.name, amount: money(sum) },
      ...items.map((i) => ({ ...i, amount: money(i.amount) })),
    ];
    if (PERSONNEL_CLASSES.includes(cls.code)) {
      personnel.push(...rows);
      personnelTotal = personnelTotal.plus(sum);
    } else {
      publicRows.push(...rows);
      publicTotal = publicTotal.plus(sum);
    }
  }
  return { personnel, public: publicRows, personnelTotal, publicTotal };
}

/** Compute every table and the text from the leaves. Throws when the leaves themselves disagree. */
export function makeConsistentFinal(leaves: FinalLeaves): FinalData {
  const all = lines(leaves);
  const whole = sumsOf(leaves.functional.flatMap((c) => c.groups.flatMap((g) => g.items)));
  const w = derive(whole);
  const basic = basicTable(leaves.economic);
  if (!basic.personnelTotal.plus(basic.publicTotal).equals(whole.basic)) {
    throw new Error(`基本支出 ${whole.basic} ≠ 人员经费 ${basic.personnelTotal} + 公用经费 ${basic.publicTotal}`);
  }

  const generalEnd = dec(leaves.generalBegin).plus(whole.generalIncome).minus(w.general);
  const nonfiscalEnd = dec(leaves.nonfiscalBegin)
    .plus(w.nonfiscalIncome)
    .plus(dec(leaves.useNonfiscal))
    .minus(w.nonfiscalSpend)
    .minus(dec(leaves.distribution));
  const ends = [generalEnd, nonfiscalEnd, w.fundEnd, w.capitalEnd];
  if (ends.some((e) => e.isNegative())) throw new Error(`negative 年末结转和结余 ${ends.join(', ')}`);

  const fiscalBegin = dec(leaves.generalBegin).plus(whole.fundBegin).plus(whole.capitalBegin);
  const fiscalEnd = generalEnd.plus(w.fundEnd).plus(w.capitalEnd);
  const begin = fiscalBegin.plus(dec(leaves.nonfiscalBegin));
  const end = fiscalEnd.plus(nonfiscalEnd);
  const incomeGrand = w.income.plus(dec(leaves.useNonfiscal)).plus(begin);

  const classList = leaves.classRows === 26 ? FINAL_CLASSES_26 : FINAL_CLASSES_24;
  const classSums = (code: string) => all.find((l) => l.code === code)?.sums;
  const fiscalColumns = (s: Sums): Partial<Record<FinalFiscalColumn, Money>> => {
    const general = s.basic.plus(s.project);
    return {
      total: money(general.plus(s.fund).plus(s.capital)),
      general: money(general),
      fund: money(s.fund),
      capital: money(s.capital),
    };
  };
  const fiscalSpend = fiscalColumns(whole);
  const fiscalEndColumns = {
    total: money(fiscalEnd),
    general: money(generalEnd),
    fund: money(w.fundEnd),
    capital: money(w.capitalEnd),
  };
  const spendGrand = Object.fromEntries(
    (['total', 'general', 'fund', 'capital'] as const).map((k) => [
      k,
      money(dec(fiscalSpend[k]).plus(dec(fiscalEndColumns[k]))),
    ]),
  );

  const economic = (code: string) => dec(leaves.economic[code]);
  const tp = leaves.threePublic;
  const threePublic: FinalData['threePublic'] = tp
    ? (() => {
        const actual = {
          abroad: economic('30212').plus(tp.extra.abroad),
          vehicleBuy: economic('31013').plus(tp.extra.vehicleBuy),
          vehicleRun: economic('30231').plus(tp.extra.vehicleRun),
          reception: economic('30217').plus(tp.extra.reception),
        };
        const budget = {
          abroad: dec(tp.budget.abroad),
          vehicleBuy: dec(tp.budget.vehicleBuy),
          vehicleRun: dec(tp.budget.vehicleRun),
          reception: dec(tp.budget.reception),
        };
        const full = (x: typeof actual): Record<ThreePublicItem, Money> => {
          const vehicle = x.vehicleBuy.plus(x.vehicleRun);
          return {
            total: money(x.abroad.plus(vehicle).plus(x.reception)),
            abroad: money(x.abroad),
            vehicle: money(vehicle),
            vehicleBuy: money(x.vehicleBuy),
            vehicleRun: money(x.vehicleRun),
            reception: money(x.reception),
          };
        };
        return { budget: full(budget), actual: full(actual) };
      })()
    : {
        budget: { total: null, abroad: null, vehicle: null, vehicleBuy: null, vehicleRun: null, reception: null },
        actual: { total: null, abroad: null, vehicle: null, vehicleBuy: null, vehicleRun: null, reception: null },
        emptyNote: `说明：${leaves.unitName}本年度没有财政拨款“三公”经费支出，故本表无数据。`,
      };

  const data: Omit<FinalData, 'narrative'> = {
    unitName: leaves.unitName,
    year: leaves.year,
    summary: {
      income: {
        general: money(whole.generalIncome),
        fund: money(whole.fundIncome),
        capital: money(whole.capitalIncome),
        superior: money(whole.superior),
        business: money(whole.business),
        operating: money(whole.operating),
        affiliated: money(whole.affiliated),
        other: money(whole.other),
      },
      incomeTotal: money(w.income),
      useNonfiscal: leaves.useNonfiscal,
      useNonfiscalLabel: leaves.useNonfiscalLabel,
      begin: money(begin),
      incomeGrand: money(incomeGrand),
      functional: classList.map((c) => ({
        name: c.name,
        amount: money(classSums(c.code) ? derive(classSums(c.code)!).spend : ZERO),
      })),
      spendTotal: money(w.spend),
      distribution: leaves.distribution,
      end: money(end),
      spendGrand: money(w.spend.plus(dec(leaves.distribution)).plus(end)),
    },
    income: codedTable(
      all,
      whole,
      (s) => ({
        total: derive(s).income,
        fiscal: derive(s).fiscalIncome,
        superior: s.superior,
        business: s.business,
        operating: s.operating,
        affiliated: s.affiliated,
        other: s.other,
      }),
      (s) => !derive(s).income.isZero(),
    ),
    expenditure: codedTable(
      all,
      whole,
      (s) => ({
        total: derive(s).spend,
        basic: s.basic,
        project: derive(s).spendProject,
        toSuperior: s.toSuperior,
        operating: s.operatingSpend,
        toAffiliated: s.toAffiliated,
      }),
      (s) => !derive(s).spend.isZero(),
    ),
    fiscalSummary: {
      income: {
        general: money(whole.generalIncome),
        fund: money(whole.fundIncome),
        capital: money(whole.capitalIncome),
      },
      incomeTotal: money(w.fiscalIncome),
      begin: money(fiscalBegin),
      beginItems: { general: leaves.generalBegin, fund: money(whole.fundBegin), capital: money(whole.capitalBegin) },
      incomeGrand: money(w.fiscalIncome.plus(fiscalBegin)),
      functional: classList.map((c) => ({
        name: c.name,
        amounts: classSums(c.code) ? fiscalColumns(classSums(c.code)!) : {},
      })),
      spendTotal: fiscalSpend,
      end: fiscalEndColumns,
      spendGrand,
    },
    generalBudget: codedTable(
      all,
      whole,
      (s) => ({ total: s.basic.plus(s.project), basic: s.basic, project: s.project }),
      (s) => !s.basic.plus(s.project).isZero(),
    ),
    basic: {
      personnel: basic.personnel,
      public: basic.public,
      personnelTotal: money(basic.personnelTotal),
      publicTotal: money(basic.publicTotal),
    },
    threePublic,
    govFund: fundTable(
      all,
      whole,
      'fund',
      `说明：${leaves.unitName}本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。`,
    ),
    stateCapital: fundTable(
      all,
      whole,
      'capital',
      `说明：${leaves.unitName}本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。`,
    ),
  };
  const items = leaves.functional.flatMap((c) =>
    c.groups.flatMap((g) =>
      g.items.map((i): NarrativeItem => ({
        code: i.code,
        path: [c.name, g.name, i.name],
        budget: i.budget,
        use: i.use,
      })),
    ),
  );
  return { ...data, narrative: finalNarrative(leaves, data, items) };
}
