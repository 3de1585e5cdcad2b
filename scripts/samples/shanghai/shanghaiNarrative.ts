/**
 * The 情况说明 of a generated Shanghai document, in the sentences of the real 普陀区 publications
 * (sh-putuo-zfb-2025): 编制说明 with 收入/支出预算 and their 财政拨款 parts against last year, one “类-款-项”科目 item per
 * table-5 项 row, and 其他相关情况说明's 三公, 机关运行经费, 政府采购, 绩效目标 and 国有资产 sections. Every figure is
 * the table figure in 万元, rounded to the fen of 万元 and printed as the documents print it.
 */
import Decimal from 'decimal.js';
import type { Money } from '../budgetData';
import type { ShanghaiBudgetData } from './shanghaiData';

/** The figures the text states that no table holds, in 万元 ('12.30'). */
export interface NarrativeLeaves {
  unitName: string;
  year: number;
  /** Last year's 预算 of the parts whose change the text states, as a percentage of this year's (100: 持平). */
  lastYear: Record<
    'general' | 'fund' | 'capital' | 'outbound' | 'reception' | 'vehiclePurchase' | 'vehicleOps',
    number
  >;
  procurement: { goods: string; works: string; services: string };
  /** Units that set targets, projects with targets, and the share (%) of 项目支出 they cover. */
  performance: { units: number; projects: number; share: number };
  /** Vehicles held by category, and devices of 100万元 or more. */
  assets: { leaders: number; enforcement: number; others: number; devices: number };
}

const ZERO = new Decimal(0);

function dec(m: Money | undefined): Decimal {
  return m === null || m === undefined ? ZERO : new Decimal(m);
}

function wan(yuan: Money | undefined): Decimal {
  return dec(yuan).div(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** As the documents print 万元: thousands separators, two decimals, '.00' dropped ('9,101.68', '4,614', '28.50'). */
export function wanText(d: Decimal): string {
  const [int, frac] = d.toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === '00' ? grouped : `${grouped}.${frac}`;
}

/** '增加12.30万元', '减少4万元' or '持平' against last year's figure (`percent` of this year's, to the fen). */
function change(now: Decimal, percent: number): { text: string; delta: Decimal } {
  const delta = now.minus(now.times(percent).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  if (delta.isZero()) return { text: '持平', delta };
  return { text: `${delta.isPositive() ? '增加' : '减少'}${wanText(delta.abs())}万元`, delta };
}

/** '比2024年预算增加…' or, for 持平, '与2024年预算持平' (the 三公 section's wording). */
function against(year: number, c: { text: string }, same: '比' | '与'): string {
  return c.text === '持平' ? `${same}${year}年预算持平` : `比${year}年预算${c.text}`;
}

export function shanghaiNarrative(leaves: NarrativeLeaves, data: Omit<ShanghaiBudgetData, 'narrative'>): string[] {
  const { year: y, unitName: unit } = leaves;
  const prev = y - 1;
  const last = leaves.lastYear;
  const inc = data.summary.income;
  const general = change(wan(inc.general), last.general);
  const fund = change(wan(inc.fund), last.fund);
  const capital = change(wan(inc.capital), last.capital);
  // The total's change is the sum of its parts' changes, as the documents state it.
  const fiscalDelta = general.delta.plus(fund.delta).plus(capital.delta);
  const fiscal = change(fiscalDelta, 0);
  const W = (m: Money) => `${wanText(wan(m))}万元`;

  const names = new Map(data.generalBudget.rows.map((r) => [r.code, r.name]));
  const items = data.generalBudget.rows
    .filter((r) => r.code.length === 7)
    .map(
      (r, i) =>
        `${i + 1}. “${names.get(r.code.slice(0, 3))}-${names.get(r.code.slice(0, 5))}-${r.name}”科目${W(r.amounts.total ?? null)}，主要用于${r.name}方面的支出。`,
    );

  const tp = data.threePublic;
  const tpw = (m: Money) => dec(m);
  const outbound = change(tpw(tp.outbound), last.outbound);
  const reception = change(tpw(tp.reception), last.reception);
  const purchase = change(tpw(tp.vehiclePurchase), last.vehiclePurchase);
  const ops = change(tpw(tp.vehicleOps), last.vehicleOps);
  const vehicle = change(purchase.delta.plus(ops.delta), 0);
  const threeTotal = change(outbound.delta.plus(reception.delta).plus(vehicle.delta), 0);
  const T = (m: Money) => `${wanText(tpw(m))}万元`;

  const p = leaves.procurement;
  const procurementTotal = new Decimal(p.goods).plus(p.works).plus(p.services);
  const projectWan = wan(data.expenditure.total.project ?? null);
  const covered = projectWan.times(leaves.performance.share).div(100).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const projects = covered.isZero() ? 0 : leaves.performance.projects;
  const a = leaves.assets;
  const vehicles = a.leaders + a.enforcement + a.others;
  const bought = dec(tp.vehiclePurchase).isZero() ? 0 : 1;

  return [
    `上海市普陀区${y}年区级部门预算`,
    `预算主管部门：${unit}`,
    `${unit}主要职能`,
    `${unit}是负责本区相关工作的区政府工作部门。`,
    `${unit}机构设置`,
    `${unit}部门预算是包括${unit}本部的综合收支计划。`,
    '名词解释',
    '（一）财政拨款收入：是区级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。',
    '（二）事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。',
    `${y}年部门预算编制说明`,
    `${y}年，${unit}收入预算${W(data.summary.incomeTotal)}，其中：财政拨款收入${W(inc.fiscal)}，${against(prev, fiscal, '比')}；事业收入${W(inc.business)}；事业单位经营收入${W(inc.operating)}；其他收入${W(inc.other)}。`,
    `支出预算${W(data.summary.incomeTotal)}，其中：财政拨款支出预算${W(inc.fiscal)}，${against(prev, fiscal, '比')}。财政拨款支出预算中，一般公共预算拨款支出预算${W(inc.general)}，${against(prev, general, '比')}；政府性基金拨款支出预算${W(inc.fund)}，${against(prev, fund, '比')}；国有资本经营预算拨款支出预算${W(inc.capital)}，${against(prev, capital, '比')}。`,
    ...(fiscalDelta.isZero()
      ? []
      : [`财政拨款收入支出${fiscalDelta.isPositive() ? '增加' : '减少'}的主要原因是项目调整。`]),
    '财政拨款支出主要内容如下：',
    ...items,
    '其他相关情况说明',
    `一、${y}年“三公”经费预算情况说明`,
    `${y}年“三公”经费预算数为${T(tp.total)}，${against(prev, threeTotal, '与')}。其中：`,
    `（一）因公出国（境）费${T(tp.outbound)}，${against(prev, outbound, '与')}。`,
    `（二）公务用车购置及运行费${T(tp.vehicle)}，${against(prev, vehicle, '与')}。其中：公务用车购置费${T(tp.vehiclePurchase)}，${against(prev, purchase, '与')}；公务用车运行费${T(tp.vehicleOps)}，${against(prev, ops, '与')}。`,
    `（三）公务接待费${T(tp.reception)}，${against(prev, reception, '与')}。`,
    '二、机关运行经费预算',
    `${y}年${unit}财政拨款的机关运行经费预算为${T(tp.operatingCosts)}。`,
    '三、政府采购预算情况',
    `${y}年本部门政府采购预算${wanText(procurementTotal)}万元，其中：政府采购货物预算${wanText(new Decimal(p.goods))}万元、政府采购工程预算${wanText(new Decimal(p.works))}万元、政府采购服务预算${wanText(new Decimal(p.services))}万元。`,
    '四、绩效目标设置情况',
    `按照本区预算绩效管理工作的总体要求，本部门${leaves.performance.units}个预算单位开展了${y}年项目预算绩效目标编报工作，编报绩效目标的项目${projects}个，涉及项目预算资金${wanText(covered)}万元。`,
    '五、国有资产占有使用情况',
    `截至${prev}年8月31日，${unit}共有车辆${vehicles}辆，其中：部级领导干部用车0辆、主要领导干部用车${a.leaders}辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车${a.enforcement}辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车${a.others}辆；单价100万元（含）以上设备（不含车辆）${a.devices}台（套）。`,
    `${y}年部门预算安排购置车辆${bought}辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车${bought}辆；部门预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。`,
  ];
}
