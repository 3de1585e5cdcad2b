/**
 * A consistent budget N times the size of the seed-000 sample, for the benchmarks: N× its 功能分类
 * rows (类 / 款 / 项 lines, repeated in the income, expenditure and 一般公共预算 tables) and N× its
 * projects (each a performance block of ~15 rows). Every total is the exact sum of its parts
 * (makeConsistent), so a correct checker finds next to nothing and the time measured is the checking,
 * not the reporting. Deterministic: the same scale always gives the same workbook.
 */
import Decimal from 'decimal.js';
import { FUNCTIONAL_CLASSES, type BudgetData } from '../samples/budgetData';
import {
  makeConsistent,
  type EconomicClassLeaf,
  type FunctionalClassLeaf,
  type ProcurementLeaf,
  type ProjectLeaf,
} from '../samples/consistentBudget';

/** Seed 000 has 15 功能分类 lines and 12 projects. */
export const SAMPLE_FUNCTIONAL_LINES = 15;
export const SAMPLE_PROJECTS = 12;

const ITEM_NAMES: Array<[string, string]> = [
  ['01', '行政运行'],
  ['02', '一般行政管理事务'],
  ['50', '事业运行'],
];
const GROUP_NAMES = ['综合事务', '业务管理事务', '专项事务', '监督管理事务', '公共服务事务'];
const PROJECT_NAMES = ['信息化建设经费', '专项业务培训', '宣传工作经费', '设备维护费', '执法检查经费'];

const ECONOMIC: EconomicClassLeaf[] = [
  {
    code: '301',
    name: '工资福利支出',
    items: [
      { code: '30101', name: '基本工资', amount: '120.00' },
      { code: '30102', name: '津贴补贴', amount: '80.50' },
      { code: '30108', name: '机关事业单位基本养老保险缴费', amount: '30.25' },
      { code: '30113', name: '住房公积金', amount: '18.75' },
    ],
  },
  {
    code: '302',
    name: '商品和服务支出',
    items: [
      { code: '30201', name: '办公费', amount: '12.00' },
      { code: '30211', name: '差旅费', amount: '6.40' },
      { code: '30217', name: '公务接待费', amount: '1.20' },
      { code: '30231', name: '公务用车运行维护费', amount: '3.60' },
    ],
  },
];

/** A small deterministic generator (LCG), so every run measures the same workbook. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function cents(n: number): string {
  return new Decimal(n).div(100).toFixed(2);
}

/** Split `total` cents by weights, exactly (the remainder goes to the first part). */
function splitCents(total: number, weights: number[]): number[] {
  const w = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((x) => Math.floor((total * x) / w));
  parts[0] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** The 功能分类 tree with about `lines` lines: 3 项 per 款, 款 spread over the 类 in turn. */
function functionalTree(lines: number): Array<{ code: string; groups: Array<{ code: string; name: string }> }> {
  const groupCount = Math.max(1, Math.round(lines / 4.2));
  const classCount = Math.min(FUNCTIONAL_CLASSES.length, Math.max(1, Math.ceil(groupCount / 4)));
  const classes = FUNCTIONAL_CLASSES.slice(0, classCount).map((c) => ({
    code: c.code,
    groups: [] as Array<{ code: string; name: string }>,
  }));
  for (let g = 0; g < groupCount; g++) {
    const cls = classes[g % classCount];
    const no = cls.groups.length + 1;
    if (no > 99) throw new Error(`规模过大：类 ${cls.code} 超过 99 个款`);
    cls.groups.push({ code: `${cls.code}${String(no).padStart(2, '0')}`, name: GROUP_NAMES[g % GROUP_NAMES.length] });
  }
  return classes;
}

/** The consistent budget at `scale` times the sample's rows. */
export function scaledBudget(scale: number, year = 2024): BudgetData {
  const next = random(20240000 + scale);
  const projectCount = Math.max(1, Math.round(SAMPLE_PROJECTS * scale));
  const projects: ProjectLeaf[] = Array.from({ length: projectCount }, (_, i) => {
    const base = PROJECT_NAMES[i % PROJECT_NAMES.length];
    return {
      code: `13011124P${String(100000 + i).padStart(9, '0')}`,
      // （n号） keeps every name from being a part of another (信息化建设经费1 in 信息化建设经费12).
      name: `${base}（${i + 1}号）`,
      purpose: `保障${base.replace(/经费|费$/, '')}工作开展`,
      fiscal: cents(100 + Math.floor(next() * 500_000)),
      plan: ['30%', '60%', '80%', '100%'],
    };
  });

  const tree = functionalTree(SAMPLE_FUNCTIONAL_LINES * scale);
  const itemCount = tree.reduce((n, c) => n + c.groups.length * ITEM_NAMES.length, 0);
  const toCents = (s: string): number => new Decimal(s).times(100).toNumber();
  const basicCents = ECONOMIC.flatMap((c) => c.items).reduce((n, i) => n + toCents(i.amount), 0);
  const projectCents = projects.reduce((n, p) => n + toCents(p.fiscal), 0);
  if (basicCents < itemCount) throw new Error('基本支出不足以分到每个项');
  // Every 项 gets at least 0.01 of basic spending so no row is blank.
  const basic = splitCents(
    basicCents - itemCount,
    Array.from({ length: itemCount }, () => 1 + Math.floor(next() * 100)),
  ).map((c) => c + 1);
  const project = splitCents(
    projectCents,
    Array.from({ length: itemCount }, () => Math.floor(next() * 100)),
  );
  let k = 0;
  const functional: FunctionalClassLeaf[] = tree.map((cls) => ({
    code: cls.code,
    groups: cls.groups.map((g) => ({
      code: g.code,
      name: g.name,
      items: ITEM_NAMES.map(([suffix, name]) => {
        const i = k++;
        return {
          code: `${g.code}${suffix}`,
          name,
          basic: basic[i] ? cents(basic[i]) : null,
          project: project[i] ? cents(project[i]) : null,
        };
      }),
    })),
  }));

  const procurement: ProcurementLeaf[] = Array.from({ length: Math.max(1, Math.round(2 * scale)) }, (_, i) => ({
    projectName: '办公设备购置',
    itemName: i % 2 ? '打印机' : '台式计算机',
    catalogNo: i % 2 ? 'A02021001' : 'A02010104',
    measureUnit: '台',
    quantity: 1 + (i % 5),
    unitPrice: cents(300_000 + i * 100),
  }));

  return makeConsistent({
    unitName: '224网信办',
    year,
    functional,
    economic: ECONOMIC,
    projects,
    procurement,
    assets: {
      asOf: `${year - 1}-12-31`,
      rows: {
        building: { quantity: '1200', value: '850.00' },
        officeBuilding: { quantity: '1200', value: '850.00' },
        vehicle: { quantity: '2', value: '36.50' },
        equipment: { quantity: '40', value: '120.30' },
        other: { quantity: null, value: '8.20' },
      },
    },
    narrative: 'totals',
  });
}
