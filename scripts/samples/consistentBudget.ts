/**
 * Build a whole consistent BudgetData from its leaves: every total and subtotal is the exact decimal
 * sum of its parts (no 尾差), every repeated figure is the same, and the narrative states the table
 * figures. A correct checker reports nothing on the result.
 */
import Decimal from 'decimal.js';
import {
  FUNCTIONAL_CLASSES,
  type AssetRowKey,
  type BasicColumnKey,
  type BudgetData,
  type CodedRowData,
  type FunctionalColumnKey,
  type IndicatorData,
  type Money,
  type NarrativeItem,
  type ProcurementRowData,
  type ProjectData,
} from './budgetData';

export interface FunctionalItemLeaf {
  /** 7-digit 项 code under its 款. */
  code: string;
  name: string;
  basic: string | null;
  project: string | null;
}
export interface FunctionalGroupLeaf {
  /** 5-digit 款 code. */
  code: string;
  name: string;
  items: FunctionalItemLeaf[];
}
export interface FunctionalClassLeaf {
  /** 3-digit 类 code from FUNCTIONAL_CLASSES (the name is taken from there). */
  code: string;
  groups: FunctionalGroupLeaf[];
}

export interface EconomicItemLeaf {
  /** 5-digit 款 code. */
  code: string;
  name: string;
  amount: string;
}
/** 301/303 rows are 人员经费; 302/310 rows are 公用经费. */
export interface EconomicClassLeaf {
  code: '301' | '302' | '303' | '310';
  name: string;
  items: EconomicItemLeaf[];
}

export interface ProjectLeaf {
  code: string;
  name: string;
  purpose: string;
  /** 财政资金 (= 预算数: all income is 一般公共预算拨款). */
  fiscal: string;
  plan: Array<string | null>;
}

export interface ProcurementLeaf {
  projectName: string;
  itemName: string;
  catalogNo: string;
  measureUnit: string;
  quantity: number;
  unitPrice: string;
}

export interface BudgetLeaves {
  unitName: string;
  year: number;
  functional: FunctionalClassLeaf[];
  economic: EconomicClassLeaf[];
  projects: ProjectLeaf[];
  procurement: ProcurementLeaf[];
  assets: {
    asOf: string;
    rows: Record<Exclude<AssetRowKey, 'total'>, { quantity: string | null; value: string | null }>;
  };
  /** 'totals': a 情况说明 stating the table figures; 'none': no narrative paragraphs. */
  narrative: 'totals' | 'none';
}

const ZERO = new Decimal(0);

function dec(m: Money | undefined): Decimal {
  return m === null || m === undefined ? ZERO : new Decimal(m);
}

function sum(values: Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), ZERO);
}

/** Blank for zero, as the template prints it. */
function money(d: Decimal): Money {
  return d.isZero() ? null : d.toFixed(2);
}

function wan(d: Decimal): string {
  return `${d.toFixed(2)}万元`;
}

function classOf(code: string): { code: string; name: string } {
  const c = FUNCTIONAL_CLASSES.find((x) => x.code === code);
  if (!c) throw new Error(`未知功能类：${code}`);
  return c;
}

interface FunctionalLine {
  code: string;
  name: string;
  basic: Decimal;
  project: Decimal;
}

/** 类, 款, 项 lines in sheet order with summed amounts. */
function functionalLines(leaves: BudgetLeaves): FunctionalLine[] {
  const lines: FunctionalLine[] = [];
  for (const cls of leaves.functional) {
    const classLine: FunctionalLine = { ...classOf(cls.code), basic: ZERO, project: ZERO };
    lines.push(classLine);
    for (const g of cls.groups) {
      const groupLine: FunctionalLine = { code: g.code, name: g.name, basic: ZERO, project: ZERO };
      lines.push(groupLine);
      for (const item of g.items) {
        const b = dec(item.basic);
        const p = dec(item.project);
        lines.push({ code: item.code, name: item.name, basic: b, project: p });
        groupLine.basic = groupLine.basic.plus(b);
        groupLine.project = groupLine.project.plus(p);
      }
      classLine.basic = classLine.basic.plus(groupLine.basic);
      classLine.project = classLine.project.plus(groupLine.project);
    }
  }
  return lines;
}

function projectIndicators(budget: string): IndicatorData[] {
  const row = (level1: string, level2: string, level3: string, description: string, value: string, basis: string) => ({
    level1,
    level2,
    level3,
    description,
    value,
    basis,
  });
  return [
    row('产出指标', '数量指标', '完成事项数量', '完成事项数量', '≥1项', '年度计划'),
    row('', '时效指标', '资金支付及时性', '及时支付', '及时', '历史依据'),
    row('', '成本指标', '成本控制性', '不超预算', `≤${budget}`, '预算文本'),
    row('效益指标', '社会效益指标', '保障工作开展', '保障工作正常开展', '正常开展', '年度计划'),
    row('满意度指标', '服务对象满意度指标', '服务对象满意率', '对服务对象满意率调查', '≥95%', '根据调查问卷'),
  ];
}

/** The figures the narrative states, gathered once. */
interface Totals {
  total: Decimal;
  basic: Decimal;
  project: Decimal;
  personnel: Decimal;
  publicCost: Decimal;
}

function narrative(
  leaves: BudgetLeaves,
  t: Totals,
  data: Pick<BudgetData, 'threePublic' | 'assets' | 'projects' | 'procurement'>,
): NarrativeItem[] {
  if (leaves.narrative === 'none') return [];
  const y = leaves.year;
  const unit = leaves.unitName;
  const projects = data.projects.map((p) => `${p.name}${wan(dec(p.budget))}`).join('，');
  const publicItems = leaves.economic
    .filter((c) => c.code === '302' || c.code === '310')
    .flatMap((c) => c.items)
    .filter((i) => !dec(i.amount).isZero())
    .map((i, n) => `${n + 1}、${i.name}${wan(dec(i.amount))}`)
    .join('；');
  const tp = data.threePublic;
  const tpv = (k: keyof BudgetData['threePublic']) => wan(dec(tp[k].total));
  const procurementTotal = sum(data.procurement.rows.map((r) => dec(r.total)));
  return [
    `${unit}${y}年部门预算信息公开情况说明`,
    '一、部门预算安排的总体情况',
    '1、收入说明',
    `${y}年预算收入${wan(t.total)}，其中：一般公共预算收入${wan(t.total)}，政府性基金预算收入0.00万元，国有资本经营预算收入0.00万元，财政专户管理资金收入0.00万元，单位资金收入0.00万元，上年结转0.00万元。`,
    '2、支出说明',
    `${y}年部门支出预算为${wan(t.total)}，其中基本支出${wan(t.basic)}，包括人员经费${wan(t.personnel)}和日常公用经费${wan(t.publicCost)}；项目支出${wan(t.project)}${projects ? `，包括${projects}` : ''}。`,
    '二、机关运行经费安排情况',
    `${y}年，我部门机关运行经费共计安排${wan(t.publicCost)}${publicItems ? `，其中：${publicItems}` : ''}。`,
    '三、财政拨款“三公”经费预算情况',
    `${y}年，财政拨款“三公”经费预算安排${tpv('total')}，其中：因公出国（境）费${tpv('outbound')}；公务用车购置及运维费${tpv('vehicle')}（其中：公务用车购置费${tpv('vehiclePurchase')}，公务用车运行维护费${tpv('vehicleOps')}）；公务接待费${tpv('reception')}。`,
    '四、政府采购预算情况',
    procurementTotal.isZero() ? `${y}年无政府采购预算。` : `${y}年政府采购预算总额${wan(procurementTotal)}。`,
    '五、国有资产信息',
    `${unit}上年末固定资产金额为${wan(dec(data.assets.rows.total.value))}。`,
  ];
}

/** Compute every total from the leaves. Throws when the leaves themselves disagree. */
export function makeConsistent(leaves: BudgetLeaves): BudgetData {
  const lines = functionalLines(leaves);
  const classLines = lines.filter((l) => l.code.length === 3);
  const basicTotal = sum(classLines.map((l) => l.basic));
  const projectTotal = sum(classLines.map((l) => l.project));
  const total = basicTotal.plus(projectTotal);

  // 经济分类: 人员经费 on 301/303, 公用经费 on 302/310.
  const basicRows: Array<CodedRowData<BasicColumnKey>> = [];
  let personnel = ZERO;
  let publicCost = ZERO;
  for (const cls of leaves.economic) {
    const isPersonnel = cls.code === '301' || cls.code === '303';
    const col = isPersonnel ? 'personnel' : 'public';
    const classSum = sum(cls.items.map((i) => dec(i.amount)));
    if (isPersonnel) personnel = personnel.plus(classSum);
    else publicCost = publicCost.plus(classSum);
    basicRows.push({ code: cls.code, name: cls.name, amounts: { total: money(classSum), [col]: money(classSum) } });
    for (const i of cls.items) {
      basicRows.push({
        code: i.code,
        name: i.name,
        amounts: { total: money(dec(i.amount)), [col]: money(dec(i.amount)) },
      });
    }
  }
  if (!personnel.plus(publicCost).equals(basicTotal)) {
    throw new Error(`基本支出 ${basicTotal.toFixed(2)} ≠ 经济分类合计 ${personnel.plus(publicCost).toFixed(2)}`);
  }
  const projectBudgets = sum(leaves.projects.map((p) => dec(p.fiscal)));
  if (!projectBudgets.equals(projectTotal)) {
    throw new Error(`项目支出 ${projectTotal.toFixed(2)} ≠ 项目预算数合计 ${projectBudgets.toFixed(2)}`);
  }

  const functionalRows: Array<CodedRowData<FunctionalColumnKey>> = lines.map((l) => ({
    code: l.code,
    name: l.name,
    amounts: { total: money(l.basic.plus(l.project)), basic: money(l.basic), project: money(l.project) },
  }));
  const functionalTotal = { total: money(total), basic: money(basicTotal), project: money(projectTotal) };
  const classAmount = new Map(classLines.map((l) => [l.code, l.basic.plus(l.project)]));
  const classMoney = FUNCTIONAL_CLASSES.map((c) => money(classAmount.get(c.code) ?? ZERO));

  const economicAmount = (code: string) =>
    sum(
      leaves.economic
        .flatMap((c) => c.items)
        .filter((i) => i.code === code)
        .map((i) => dec(i.amount)),
    );
  const outbound = economicAmount('30212');
  const reception = economicAmount('30217');
  const vehicleOps = economicAmount('30231');
  const vehiclePurchase = economicAmount('31013');
  const vehicle = vehiclePurchase.plus(vehicleOps);
  const threeTotal = outbound.plus(vehicle).plus(reception);
  const general = (d: Decimal) => ({ total: money(d), general: money(d) });

  const projects: ProjectData[] = leaves.projects.map((p) => ({
    code: p.code,
    name: p.name,
    budget: p.fiscal,
    fiscal: p.fiscal,
    other: null,
    purpose: p.purpose,
    plan: p.plan,
    goal: `1.${p.purpose}`,
    indicators: projectIndicators(p.fiscal),
  }));

  const procurementRows: ProcurementRowData[] = leaves.procurement.map((r) => {
    const amount = money(new Decimal(r.unitPrice).times(r.quantity));
    return {
      projectName: r.projectName,
      budgetFunds: amount,
      itemName: r.itemName,
      catalogNo: r.catalogNo,
      measureUnit: r.measureUnit,
      quantity: String(r.quantity),
      unitPrice: r.unitPrice,
      total: amount,
      general: amount,
      fund: null,
      capital: null,
      specialAccount: null,
      unitFunds: null,
      carryover: null,
      smeShare: null,
    };
  });
  const procurementSum = money(sum(procurementRows.map((r) => dec(r.total))));

  const a = leaves.assets.rows;
  const assetsTotal = sum([a.building, a.vehicle, a.equipment, a.other].map((r) => dec(r.value)));

  const data: Omit<BudgetData, 'narrative'> = {
    unitName: leaves.unitName,
    year: leaves.year,
    summary: {
      incomeItems: [money(total), null, null, null, null],
      expenditureRows: classMoney,
      incomeTotal: money(total),
      expenditureTotal: money(total),
      carryIn: null,
      carryOut: null,
      grandIncome: money(total),
      grandExpenditure: money(total),
    },
    income: {
      total: { total: money(total), subtotal: money(total), fiscal: money(total) },
      rows: functionalRows.map((r) => ({
        code: r.code,
        name: r.name,
        amounts: { total: r.amounts.total, subtotal: r.amounts.total, fiscal: r.amounts.total },
      })),
    },
    expenditure: { total: functionalTotal, rows: functionalRows },
    fiscalSummary: {
      incomeItems: [money(total), null, null],
      expenditureRows: classMoney.map((m) => ({ total: m, general: m })),
      incomeTotal: money(total),
      expenditureTotal: general(total),
      carryIn: null,
      carryInItems: [null, null, null],
      carryOut: {},
      grandIncome: money(total),
      grandExpenditure: general(total),
    },
    generalBudget: { total: functionalTotal, rows: functionalRows },
    basic: {
      total: { total: money(basicTotal), personnel: money(personnel), public: money(publicCost) },
      rows: basicRows,
    },
    govFund: { total: {}, rows: [], emptyNote: '注：无政府性基金预算财政拨款预算，空表列示。' },
    stateCapital: { total: {}, rows: [], emptyNote: '注：无国有资本经营预算财政拨款预算，空表列示。' },
    threePublic: {
      total: general(threeTotal),
      outbound: general(outbound),
      vehicle: general(vehicle),
      vehiclePurchase: general(vehiclePurchase),
      vehicleOps: general(vehicleOps),
      reception: general(reception),
    },
    projects,
    procurement:
      procurementRows.length === 0
        ? { rows: [], notes: ['注：无政府采购预算，空表列示。'] }
        : {
            total: {
              budgetFunds: procurementSum,
              unitPrice: null,
              total: procurementSum,
              general: procurementSum,
              fund: null,
              capital: null,
              specialAccount: null,
              unitFunds: null,
              carryover: null,
              smeShare: null,
            },
            rows: procurementRows,
            notes: [],
          },
    assets: {
      asOf: leaves.assets.asOf,
      rows: { total: { quantity: null, value: money(assetsTotal) }, ...leaves.assets.rows },
    },
  };
  const totals: Totals = { total, basic: basicTotal, project: projectTotal, personnel, publicCost };
  return { ...data, narrative: narrative(leaves, totals, data) };
}
