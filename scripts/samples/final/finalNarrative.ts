/**
 * The 情况说明 of a generated 部门决算 in the Shanghai template's sentences (JUESUAN.md §5): sections 一 … 十一, every
 * amount the table figure and every percentage computed half-up to two decimals from the figures as printed.
 */
import Decimal from 'decimal.js';
import type { Money } from '../budgetData';
import type { FinalData } from './finalData';

/** What the text states that no table holds. */
export interface FinalNarrativeLeaves {
  unitName: string;
  year: number;
  /** Last year's figure as a percentage of this year's (100: 持平), for each change the text states. */
  lastYear: Record<'total' | 'fiscal' | 'general' | 'threePublic' | 'operatingCosts', number>;
  procurement: { goods: string; works: string; services: string };
  /** Vehicles by category, devices of 100万元 or more, 出国 团组/人次, 接待 批次/人次. */
  assets: { emergency: number; enforcement: number; other: number; devices: number };
  trips: { groups: number; people: number; batches: number; guests: number };
}

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);

function dec(m: Money | undefined): Decimal {
  return m === null || m === undefined ? ZERO : new Decimal(m);
}

const wan = (d: Decimal): string => d.toFixed(2);

/** round(100 × part ÷ whole, 2), half-up. */
export function percent(part: Decimal, whole: Decimal): string {
  return part.times(HUNDRED).div(whole).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** A 项 of 表5 in row order: its 类/款/项 names, 年初预算 and use. */
export interface NarrativeItem {
  code: string;
  path: [string, string, string];
  budget: string;
  use: string;
}

export function finalNarrative(
  leaves: FinalNarrativeLeaves,
  d: Omit<FinalData, 'narrative'>,
  items: NarrativeItem[],
): string[] {
  const { unitName: unit, year } = leaves;
  const last = year - 1;
  const change = (subject: string, now: Decimal, lastPercent: number): string => {
    const before = now.times(lastPercent).div(HUNDRED).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const delta = now.minus(before);
    if (delta.isZero() || before.isZero()) return `与${last}年度相比，${subject}持平。`;
    const up = delta.isPositive();
    return `与${last}年度相比，${subject}${up ? '增加' : '减少'}${wan(delta.abs())}万元，${up ? '增长' : '下降'}${percent(delta.abs(), before)}%。主要原因：业务工作量变化。`;
  };
  const shares = (parts: Array<[string, Money | undefined]>, whole: Decimal, suffix = '') =>
    parts
      .filter(([, m]) => !dec(m).isZero())
      .map(([label, m]) => `${label}${wan(dec(m))}万元${suffix}，占${percent(dec(m), whole)}%`)
      .join('；');
  const versus = (x: Decimal, b: Decimal) => (x.greaterThan(b) ? '大于' : x.lessThan(b) ? '小于' : '');
  const reason = (x: Decimal, b: Decimal) =>
    versus(x, b) === '' ? '决算数与预算数持平。' : `决算数${versus(x, b)}预算数的主要原因：年中预算调整。`;

  const s = d.summary;
  const out: string[] = [`第三部分 ${unit}${year}年度部门决算情况说明`];
  const grand = dec(s.incomeGrand);
  out.push(
    '一、收入支出决算总体情况说明',
    `${unit}${year}年度收入支出总计${wan(grand)}万元。${change('收入支出总计', grand, leaves.lastYear.total)}`,
  );

  const incomeTotal = dec(s.incomeTotal);
  const inc = d.income.total;
  out.push(
    '二、收入决算情况说明',
    `本年收入合计${wan(incomeTotal)}万元，其中：${shares(
      [
        ['财政拨款收入', inc.fiscal],
        ['上级补助收入', inc.superior],
        ['事业收入', inc.business],
        ['经营收入', inc.operating],
        ['附属单位上缴收入', inc.affiliated],
        ['其他收入', inc.other],
      ],
      incomeTotal,
    )}。`,
  );

  const spendTotal = dec(s.spendTotal);
  const exp = d.expenditure.total;
  out.push(
    '三、支出决算情况说明',
    `本年支出合计${wan(spendTotal)}万元，其中：${shares(
      [
        ['基本支出', exp.basic],
        ['项目支出', exp.project],
        ['上缴上级支出', exp.toSuperior],
        ['经营支出', exp.operating],
        ['对附属单位补助支出', exp.toAffiliated],
      ],
      spendTotal,
    )}。`,
  );

  const fiscalGrand = dec(d.fiscalSummary.incomeGrand);
  out.push(
    '四、财政拨款收入支出决算总体情况说明',
    `${unit}${year}年度财政拨款收入支出总计${wan(fiscalGrand)}万元。${change('财政拨款收入支出总计', fiscalGrand, leaves.lastYear.fiscal)}`,
  );

  const general = dec(d.generalBudget.total.total);
  const classes = d.generalBudget.rows.filter((r) => r.code.length === 3);
  const budget = items
    .filter((i) => d.generalBudget.rows.some((r) => r.code === i.code))
    .reduce((a, i) => a.plus(i.budget), ZERO);
  out.push(
    '五、一般公共预算财政拨款支出决算情况说明',
    '（一）一般公共预算财政拨款支出决算总体情况',
    `一般公共预算财政拨款支出${wan(general)}万元，占本年支出合计的${percent(general, spendTotal)}%。${change('一般公共预算财政拨款支出', general, leaves.lastYear.general)}`,
    '（二）一般公共预算财政拨款支出决算结构情况',
    `一般公共预算财政拨款支出${wan(general)}万元，主要用于以下方面：${shares(
      classes.map((c) => [`${c.name}（类）`, c.amounts.total]),
      general,
    )}。`,
    '（三）一般公共预算财政拨款支出决算具体情况',
    `一般公共预算财政拨款支出年初预算为${wan(budget)}万元，支出决算为${wan(general)}万元，完成年初预算的${percent(general, budget)}%。${reason(general, budget)}其中：`,
  );
  const byCode = new Map(d.generalBudget.rows.map((r) => [r.code, r]));
  items
    .filter((i) => byCode.has(i.code))
    .forEach((i, n) => {
      const x = dec(byCode.get(i.code)?.amounts.total);
      const b = new Decimal(i.budget);
      out.push(
        `${n + 1}、${i.path[0]}（类）${i.path[1]}（款）${i.path[2]}（项）。主要用于：${i.use}。年初预算为${wan(b)}万元，支出决算为${wan(x)}万元，完成年初预算的${percent(x, b)}%。${reason(x, b)}`,
      );
    });

  const listed = (rows: FinalData['basic']['personnel']) =>
    rows
      .filter((r) => r.code.length === 5 && !dec(r.amount).isZero())
      .map((r) => r.name)
      .join('、');
  const b = d.basic;
  out.push(
    '六、一般公共预算财政拨款基本支出决算情况说明',
    `一般公共预算财政拨款基本支出${wan(dec(d.generalBudget.total.basic))}万元。其中：人员经费${wan(dec(b.personnelTotal))}万元，主要包括：${listed(b.personnel)}；公用经费${wan(dec(b.publicTotal))}万元，主要包括：${listed(b.public)}。`,
  );

  out.push('七、财政拨款“三公”经费支出决算情况说明', '（一）“三公”经费财政拨款支出决算总体情况说明。');
  const tp = d.threePublic;
  if (tp.emptyNote !== undefined) {
    out.push(`${unit}${year}年度无“三公”经费财政拨款支出。`);
  } else {
    const a = (k: keyof typeof tp.actual) => dec(tp.actual[k]);
    const p = (k: keyof typeof tp.actual) => percent(a(k), dec(tp.budget[k]));
    const total = a('total');
    out.push(
      `“三公”经费财政拨款支出年初预算为${wan(dec(tp.budget.total))}万元，支出决算为${wan(total)}万元，完成预算的${p('total')}%，其中：因公出国（境）费决算为${wan(a('abroad'))}万元，完成预算的${p('abroad')}%；公务用车购置及运行维护费支出决算为${wan(a('vehicle'))}万元，完成预算的${p('vehicle')}%；公务接待费支出决算为${wan(a('reception'))}万元，完成预算的${p('reception')}%。`,
      change(`${year}年度“三公”经费财政拨款支出决算数`, total, leaves.lastYear.threePublic),
      '（二）“三公”经费财政拨款支出决算具体情况说明。',
      `“三公”经费财政拨款支出决算中，因公出国（境）费支出决算${wan(a('abroad'))}万元，占${percent(a('abroad'), total)}%；公务用车购置及运行维护费支出决算${wan(a('vehicle'))}万元，占${percent(a('vehicle'), total)}%；公务接待费支出决算${wan(a('reception'))}万元，占${percent(a('reception'), total)}%。具体情况如下：`,
      `1、因公出国（境）费支出${wan(a('abroad'))}万元。全年安排因公出国（境）团组${leaves.trips.groups}个、累计${leaves.trips.people}人次。`,
      `2、公务用车购置及运行维护费支出${wan(a('vehicle'))}万元。其中：公务用车购置支出为${wan(a('vehicleBuy'))}万元；公务用车运行维护支出${wan(a('vehicleRun'))}万元，主要用于公务车辆保险、维修、加油燃料消耗等支出。${year}年，${unit}所属各预算单位开支财政拨款的公务用车保有量为${vehicles(leaves)}辆。`,
      `3、公务接待费支出${wan(a('reception'))}万元。其中：国内公务接待支出${wan(a('reception'))}万元（含外宾接待支出0.00万元）。共接待${leaves.trips.batches}批次、${leaves.trips.guests}人次。`,
    );
  }

  const fundText = (title: string, what: string, t: FinalData['govFund']) =>
    t.emptyNote !== undefined
      ? [title, `${unit}${year}年度无${what}收入和支出。`]
      : [title, `${unit}${year}年度${what}收入${wan(dec(t.total.income))}万元，支出${wan(dec(t.total.spend))}万元。`];
  out.push(
    ...fundText('八、政府性基金预算财政拨款收入支出决算情况说明', '政府性基金预算财政拨款', d.govFund),
    ...fundText('九、国有资本经营预算财政拨款收入支出决算情况说明', '国有资本经营预算财政拨款', d.stateCapital),
    '十、预算绩效管理情况',
    `${unit}${year}年度按规定开展预算绩效管理工作。`,
  );

  const costs = dec(b.publicTotal);
  const pr = leaves.procurement;
  const procurementTotal = new Decimal(pr.goods).plus(pr.works).plus(pr.services);
  const v = leaves.assets;
  out.push(
    '十一、其他重要事项的情况说明',
    '（一）机关运行经费支出情况',
    `机关运行经费支出${wan(costs)}万元。${change('机关运行经费支出', costs, leaves.lastYear.operatingCosts)}`,
    '（二）政府采购支出情况',
    `${unit}${year}年度政府采购金额（以合同签订为准）为${wan(procurementTotal)}万元，其中：货物采购金额${pr.goods}万元、工程采购金额${pr.works}万元、服务采购金额${pr.services}万元。`,
    '（三）国有资产占有使用情况说明',
    `截至${year}年12月31日，${unit}共有车辆${vehicles(leaves)}辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车${v.emergency}辆、执法执勤用车${v.enforcement}辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车${v.other}辆。单价100万元（含）以上设备（不含车辆）${v.devices}台（套）。`,
  );
  return out;
}

function vehicles(leaves: FinalNarrativeLeaves): number {
  return leaves.assets.emergency + leaves.assets.enforcement + leaves.assets.other;
}
