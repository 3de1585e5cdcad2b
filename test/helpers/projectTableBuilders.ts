import Decimal from 'decimal.js';
import type {
  ExpenditureTable,
  Figure,
  Indicator,
  NarrativeTable,
  ProjectBlock,
  ProjectPerformanceTable,
} from '../../src/engine/tables/types';
import { figure, textCell } from './figures';
import { tableBase } from './ruleContextBuilder';

export const PROJECT_SHEET = '项目绩效';
export const NARRATIVE_SHEET = '情况说明';
export const EXPENDITURE_SHEET = '表3';

/** Rows each project block takes on the sheet in these tests. */
const BLOCK_ROWS = 20;
const PLAN_LABELS = ['3月底', '6月底', '10月底', '12月底'];
const PLAN_COLUMNS = ['B', 'C', 'D', 'E'];

export interface ProjectSpec {
  name: string;
  /** 预算数 as written; null for a blank cell. */
  budget: string | null;
  /** 其中：财政资金; defaults to the budget. undefined in the spec → same as budget; null → blank cell. */
  fiscal?: string | null;
  other?: string | null;
  /** 资金支出计划 percentages (30 for 30%); null where blank. */
  plan?: Array<number | string | null>;
  /** 成本指标 指标值, e.g. '≤0.8万'; omitted → no cost indicator. */
  cost?: string;
  /** Other indicators (数量/满意度) as [level2, value]. */
  otherIndicators?: Array<[string, string]>;
}

/** Cell addresses of block `index` (0-based), so tests can name them. */
export function projectCells(index: number): {
  budget: string;
  fiscal: string;
  other: string;
  plan: string[];
  cost: string;
} {
  const top = 1 + index * BLOCK_ROWS;
  return {
    budget: `C${top + 3}`,
    fiscal: `E${top + 3}`,
    other: `G${top + 3}`,
    plan: PLAN_COLUMNS.map((c) => `${c}${top + 6}`),
    cost: `F${top + 12}`,
  };
}

function indicator(level1: string, level2: string, value: string, address: string): Indicator {
  return { level1, level2, level3: level2, description: level2, value: textCell(value, address, PROJECT_SHEET) };
}

export function projectBlock(spec: ProjectSpec, index: number): ProjectBlock {
  const top = 1 + index * BLOCK_ROWS;
  const cells = projectCells(index);
  const fiscal = spec.fiscal === undefined ? spec.budget : spec.fiscal;
  const indicators: Indicator[] = [indicator('产出指标', '数量指标', '≥10', `F${top + 10}`)];
  for (const [i, [level2, value]] of (spec.otherIndicators ?? []).entries()) {
    indicators.push(indicator('效益指标', level2, value, `F${top + 14 + i}`));
  }
  if (spec.cost !== undefined) indicators.push(indicator('产出指标', '成本指标', spec.cost, cells.cost));
  indicators.push(indicator('满意度指标', '服务对象满意度指标', '≥95%', `F${top + 13}`));
  const plan = spec.plan ?? [30, 60, 80, 100];
  return {
    range: { top, left: 0, bottom: top + BLOCK_ROWS - 2, right: 6 },
    title: textCell(`${index + 1}、${spec.name}绩效目标表`, `A${top}`, PROJECT_SHEET),
    code: textCell(`13011124P0000531${String(index).padStart(5, '0')}`, `C${top + 1}`, PROJECT_SHEET),
    name: textCell(spec.name, `C${top + 2}`, PROJECT_SHEET),
    budget: figure(spec.budget, cells.budget, PROJECT_SHEET),
    fiscal: figure(fiscal, cells.fiscal, PROJECT_SHEET),
    other: figure(spec.other ?? null, cells.other, PROJECT_SHEET),
    plan: plan.map((p, i) => ({
      label: PLAN_LABELS[i],
      percent: p === null ? null : new Decimal(p),
      cell: { sheet: PROJECT_SHEET, address: cells.plan[i] },
    })),
    indicators,
  };
}

export function projectTable(specs: ProjectSpec[]): ProjectPerformanceTable {
  return {
    ...tableBase('project_performance', PROJECT_SHEET),
    projects: specs.map((s, i) => projectBlock(s, i)),
  };
}

/** The twelve projects of seed 000 (网信办 2024), as published. */
export function seedProjects(): ProjectSpec[] {
  return [
    { name: '互联网传播精品生产扶持专项经费', budget: '0.80', cost: '≤0.8' },
    { name: '互联网专业培训', budget: '0.80', cost: '≤0.8万' },
    {
      name: '劳务派遣人员经费',
      budget: '14.03',
      plan: [30, 50, 80, 100],
      cost: '≤14.06',
      otherIndicators: [['社会效益指标', '提高积极性']],
    },
    { name: '网络安全监测预警体系和工作经费', budget: '3.20', cost: '≤3.2万' },
    { name: '网络平台链接费', budget: '1.20', plan: [30, 50, 70, 100], cost: '≤1.2' },
    { name: '网络设备维护费', budget: '0.80', plan: [30, 50, 70, 100], cost: '≤0.8万' },
    // Reaches 100% at 10月底 and leaves 12月底 blank.
    { name: '网络宣传管理', budget: '2.40', plan: [30, 80, 100, null], cost: '≤2.4' },
    { name: '网络执法', budget: null, plan: [30, 50, 60, 100], cost: '≤0.2万' },
    { name: '网络文明志愿者队伍建设费用', budget: '1.20', cost: '≤1.2万' },
    { name: '网站和新媒体业务费', budget: '2.40', plan: [30, 50, 70, 100], cost: '≤2.4万' },
    { name: '一中心一站工作费用', budget: '0.20', cost: '≤0.2万' },
    { name: '栾城e站工作经费', budget: '0.20', plan: [30, 50, 80, 100], cost: '≤0.2万' },
  ];
}

/** Index of a seed project by name. */
export function seedIndex(name: string): number {
  const i = seedProjects().findIndex((p) => p.name === name);
  if (i < 0) throw new Error(`no seed project ${name}`);
  return i;
}

/** A 支出总表 with only its 合计 row's 项目支出 figure (what family 6 reads). */
export function expenditureWithProjectTotal(projectTotal: string, address = 'F7'): ExpenditureTable {
  const project: Figure = figure(projectTotal, address, EXPENDITURE_SHEET);
  return {
    ...tableBase('expenditure', EXPENDITURE_SHEET),
    columns: ['total', 'basic', 'project'],
    total: {
      row: 6,
      code: '',
      name: '合计',
      level: 0,
      nameCell: { sheet: EXPENDITURE_SHEET, address: 'B7' },
      values: {
        total: figure('384.34', 'D7', EXPENDITURE_SHEET),
        basic: figure('357.11', 'E7', EXPENDITURE_SHEET),
        project,
      },
    },
    rows: [],
  };
}

/** The seed's 支出说明 paragraph, which lists the projects with their amounts (and 网络执法0.2万元). */
export const SEED_EXPENDITURE_PARAGRAPH =
  '收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映网信办2024年度部门预算中支出预算的总体情况。' +
  '2024年部门支出预算为384.34万元，其中基本支出357.11万元，包括人员经费332.33万元和日常公用经费24.79万元；' +
  '项目支出27.23万元，主要为网络宣传管理2.4万元，劳动聘用人员工资14.03万元，网络专业培训0.8万元，' +
  '网站和新媒体业务2.4万元，互联网精品生产扶持0.8万元。网络平台链接费1.2万元，' +
  '网络安全监测预警体系建设和工作经费3.2万元，网络设备维护0.8万元，网络执法0.2万元等。';

export function narrativeTable(paragraphs: string[]): NarrativeTable {
  return {
    ...tableBase('narrative', NARRATIVE_SHEET),
    paragraphs: paragraphs.map((p, i) => textCell(p, `A${i + 2}`, NARRATIVE_SHEET)),
  };
}
