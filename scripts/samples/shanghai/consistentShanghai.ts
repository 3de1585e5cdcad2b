/**
 * Build a whole consistent Shanghai document from its leaves: every 类/款/合计 the exact sum of its rows in 元, every
 * figure that appears in two tables the same, the 三公 items in 万元 no smaller than their 经济分类 rows, and a 情况说明
 * whose every 万元 figure is the table figure rounded. A correct checker reports nothing on the result.
 */
import Decimal from 'decimal.js';
import type { CodedRowData, FunctionalColumnKey, Money } from '../budgetData';
import type { EconomicClassLeaf } from '../consistentBudget';
import type { ShClassRow, ShSummaryColumnKey, ShanghaiBudgetData } from './shanghaiData';
import { shanghaiNarrative, type NarrativeLeaves } from './shanghaiNarrative';

/** Where one 项's money comes from and goes to, in 元 ('1234.56' or null). */
export interface ShItemLeaf {
  /** 7-digit 项 code. */
  code: string;
  name: string;
  /** 一般公共预算 基本支出, split as table 8 splits it. */
  personnel: Money;
  public: Money;
  /** 一般公共预算 项目支出. */
  project: Money;
  /** 政府性基金 / 国有资本经营 财政拨款, spent on projects. */
  fund: Money;
  capital: Money;
  /** Non-fiscal income (事业收入, 事业单位经营收入, 其他收入), spent on projects. */
  business: Money;
  operating: Money;
  other: Money;
}

export interface ShGroupLeaf {
  /** 5-digit 款 code. */
  code: string;
  name: string;
  items: ShItemLeaf[];
}

export interface ShClassLeaf {
  code: string;
  name: string;
  groups: ShGroupLeaf[];
}

export interface ShanghaiLeaves extends NarrativeLeaves {
  unitName: string;
  year: number;
  /** Table 1 splits 基本支出 into 人员经费 / 公用经费. */
  split: boolean;
  functional: ShClassLeaf[];
  /** Table 8's rows, in 元; 301/303 are 人员经费, 302/310 公用经费. */
  economic: EconomicClassLeaf[];
  /** 三公 in 万元 beyond the matching 经济分类 rows (30212, 30217, 31013, 30231). */
  threePublicExtra: { outbound: string; reception: string; vehiclePurchase: string; vehicleOps: string };
  /** '注:' or '注：' under an empty table. */
  noteColon: ':' | '：';
}

const SOURCES = ['personnel', 'public', 'project', 'fund', 'capital', 'business', 'operating', 'other'] as const;
type Source = (typeof SOURCES)[number];
type Sums = Record<Source, Decimal>;

const ZERO = new Decimal(0);
const TEN_THOUSAND = new Decimal(10000);

function dec(m: Money | undefined): Decimal {
  return m === null || m === undefined ? ZERO : new Decimal(m);
}

/** Blank for zero, as the tables print it. */
function money(d: Decimal): Money {
  return d.isZero() ? null : d.toFixed(2);
}

function zeroSums(): Sums {
  return Object.fromEntries(SOURCES.map((s) => [s, ZERO])) as Sums;
}

function add(into: Sums, from: Sums): void {
  for (const s of SOURCES) into[s] = into[s].plus(from[s]);
}

/** What the tables show for a line. */
function derived(s: Sums) {
  const basic = s.personnel.plus(s.public);
  const general = basic.plus(s.project);
  const fiscal = general.plus(s.fund).plus(s.capital);
  const total = fiscal.plus(s.business).plus(s.operating).plus(s.other);
  const projectAll = total.minus(basic);
  return { basic, general, fiscal, total, projectAll };
}

interface Line {
  code: string;
  name: string;
  sums: Sums;
}

/** 类, 款, 项 lines in sheet order with summed amounts. */
function functionalLines(leaves: ShanghaiLeaves): Line[] {
  const lines: Line[] = [];
  for (const cls of leaves.functional) {
    const classLine: Line = { code: cls.code, name: cls.name, sums: zeroSums() };
    lines.push(classLine);
    for (const g of cls.groups) {
      const groupLine: Line = { code: g.code, name: g.name, sums: zeroSums() };
      lines.push(groupLine);
      for (const item of g.items) {
        const sums = Object.fromEntries(SOURCES.map((s) => [s, dec(item[s])])) as Sums;
        lines.push({ code: item.code, name: item.name, sums });
        add(groupLine.sums, sums);
      }
      add(classLine.sums, groupLine.sums);
    }
  }
  return lines;
}

/** 元 → 万元, rounded up to the fen of 万元 (a 三公 item is never below its 经济分类 row). */
function wanCeil(yuan: Decimal): Decimal {
  return yuan.div(TEN_THOUSAND).toDecimalPlaces(2, Decimal.ROUND_UP);
}

export function wanRound(yuan: Decimal): Decimal {
  return yuan.div(TEN_THOUSAND).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Compute every total from the leaves. Throws when the leaves themselves disagree. */
export function makeConsistentShanghai(leaves: ShanghaiLeaves): ShanghaiBudgetData {
  const lines = functionalLines(leaves);
  const classLines = lines.filter((l) => l.code.length === 3);
  const all = zeroSums();
  for (const l of classLines) add(all, l.sums);
  const t = derived(all);

  let personnel = ZERO;
  let publicCost = ZERO;
  const basicRows: ShanghaiBudgetData['basic']['rows'] = [];
  for (const cls of leaves.economic) {
    const col = cls.code === '301' || cls.code === '303' ? 'personnel' : 'public';
    const classSum = cls.items.reduce((a, i) => a.plus(dec(i.amount)), ZERO);
    if (col === 'personnel') personnel = personnel.plus(classSum);
    else publicCost = publicCost.plus(classSum);
    basicRows.push({ code: cls.code, name: cls.name, amounts: { total: money(classSum), [col]: money(classSum) } });
    for (const i of cls.items)
      basicRows.push({
        code: i.code,
        name: i.name,
        amounts: { total: money(dec(i.amount)), [col]: money(dec(i.amount)) },
      });
  }
  if (!personnel.equals(all.personnel) || !publicCost.equals(all.public)) {
    throw new Error(`人员/公用经费 ${all.personnel}/${all.public} ≠ 经济分类 ${personnel}/${publicCost}`);
  }

  const coded = (pick: (l: Line) => Partial<Record<FunctionalColumnKey, Decimal>>) => {
    const rows: Array<CodedRowData<FunctionalColumnKey>> = [];
    for (const l of lines) {
      const a = pick(l);
      if (!a.total || a.total.isZero()) continue;
      rows.push({
        code: l.code,
        name: l.name,
        amounts: { total: money(a.total), basic: money(a.basic ?? ZERO), project: money(a.project ?? ZERO) },
      });
    }
    const total = pick({ code: '', name: '', sums: all });
    return {
      rows,
      total: {
        total: money(total.total ?? ZERO),
        basic: money(total.basic ?? ZERO),
        project: money(total.project ?? ZERO),
      },
    };
  };
  const emptyNote = (what: string) =>
    `注${leaves.noteColon}本部门${leaves.year}年无${what}预算财政拨款安排的预算，故本表为空表。`;
  const byFund = coded((l) => ({ total: l.sums.fund, project: l.sums.fund }));
  const byCapital = coded((l) => ({ total: l.sums.capital, project: l.sums.capital }));

  const summaryRow = (s: Sums): Partial<Record<ShSummaryColumnKey, Money>> => {
    const d = derived(s);
    return leaves.split
      ? { total: money(d.total), personnel: money(s.personnel), public: money(s.public), project: money(d.projectAll) }
      : { total: money(d.total) };
  };
  const fiscalRows: ShanghaiBudgetData['fiscalSummary']['expenditureRows'] = classLines
    .filter((l) => !derived(l.sums).fiscal.isZero())
    .map((l) => ({ name: l.name, amounts: fiscalAmounts(l.sums) }));

  const economicAmount = (code: string) =>
    leaves.economic
      .flatMap((c) => c.items)
      .filter((i) => i.code === code)
      .reduce((a, i) => a.plus(dec(i.amount)), ZERO);
  const x = leaves.threePublicExtra;
  const outbound = wanCeil(economicAmount('30212')).plus(x.outbound);
  const reception = wanCeil(economicAmount('30217')).plus(x.reception);
  const vehiclePurchase = wanCeil(economicAmount('31013')).plus(x.vehiclePurchase);
  const vehicleOps = wanCeil(economicAmount('30231')).plus(x.vehicleOps);
  const vehicle = vehiclePurchase.plus(vehicleOps);

  const data: Omit<ShanghaiBudgetData, 'narrative'> = {
    unitName: leaves.unitName,
    year: leaves.year,
    summary: {
      income: {
        fiscal: money(t.fiscal),
        general: money(t.general),
        fund: money(all.fund),
        capital: money(all.capital),
        business: money(all.business),
        operating: money(all.operating),
        other: money(all.other),
      },
      incomeTotal: money(t.total),
      expenditureRows: classLines.map((l): ShClassRow<ShSummaryColumnKey> => ({
        name: l.name,
        amounts: summaryRow(l.sums),
      })),
      expenditureTotal: summaryRow(all),
      split: leaves.split,
    },
    income: {
      rows: lines.map((l) => {
        const d = derived(l.sums);
        return {
          code: l.code,
          name: l.name,
          amounts: {
            total: money(d.total),
            fiscal: money(d.fiscal),
            business: money(l.sums.business),
            operating: money(l.sums.operating),
            other: money(l.sums.other),
          },
        };
      }),
      total: {
        total: money(t.total),
        fiscal: money(t.fiscal),
        business: money(all.business),
        operating: money(all.operating),
        other: money(all.other),
      },
    },
    expenditure: coded((l) => {
      const d = derived(l.sums);
      return { total: d.total, basic: d.basic, project: d.projectAll };
    }),
    fiscalSummary: {
      income: { general: money(t.general), fund: money(all.fund), capital: money(all.capital) },
      incomeTotal: money(t.fiscal),
      expenditureRows: fiscalRows,
      expenditureTotal: fiscalAmounts(all),
    },
    generalBudget: coded((l) => {
      const d = derived(l.sums);
      return { total: d.general, basic: d.basic, project: l.sums.project };
    }),
    govFund: byFund.rows.length > 0 ? byFund : { total: {}, rows: [], emptyNote: emptyNote('政府性基金') },
    stateCapital: byCapital.rows.length > 0 ? byCapital : { total: {}, rows: [], emptyNote: emptyNote('国有资本经营') },
    basic: {
      total: { total: money(personnel.plus(publicCost)), personnel: money(personnel), public: money(publicCost) },
      rows: basicRows,
    },
    threePublic: {
      total: money(outbound.plus(reception).plus(vehicle)),
      outbound: money(outbound),
      reception: money(reception),
      vehicle: money(vehicle),
      vehiclePurchase: money(vehiclePurchase),
      vehicleOps: money(vehicleOps),
      operatingCosts: money(wanRound(publicCost)),
    },
  };
  return { ...data, narrative: shanghaiNarrative(leaves, data) };

  function fiscalAmounts(s: Sums) {
    const d = derived(s);
    return { total: money(d.fiscal), general: money(d.general), fund: money(s.fund), capital: money(s.capital) };
  }
}
