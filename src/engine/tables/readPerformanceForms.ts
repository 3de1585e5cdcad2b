import type { Figure, ProjectBlock, ProjectFunds, ProjectPerformanceTable, TextCell } from './types';
import { amountRightOf, readIndicators, textRightOf } from './readProjects';
import type { MetaResult } from './readTableMeta';
import type { SheetView } from './sheetView';
import { tableBase, textCell } from './tableBase';
import type { TableExtent } from './tableExtent';

/** The label that makes a block a 财政项目支出绩效目标填报表 rather than a Hebei 绩效目标表. */
const ANNUAL_TOTAL = '年度资金申请总额';
const PROJECT_TOTAL = '项目资金总额';
/** '项目资金（元）': the form states its unit in the label of its money panel. */
const FUNDS_MEASURE = /^项目资金\((万元|元)\)$/;
/** A form's own title, above its 项目名称 row. */
const FORM_TITLE = /绩效目标(填报)?表$/;

type AnnualPart = Exclude<keyof ProjectFunds['annual'], 'total'>;
type ProjectPart = 'fiscal' | 'other';

/** The 其中 parts of each total, by their label text ('其中：当年财政拨款', '上年结转资金', '其他资金'). */
const ANNUAL_PARTS: ReadonlyArray<readonly [AnnualPart, RegExp]> = [
  ['appropriation', /当年财政拨款/],
  ['carryover', /上年结转/],
  ['other', /其他资金/],
];
const PROJECT_PARTS: ReadonlyArray<readonly [ProjectPart, RegExp]> = [
  ['fiscal', /财政资金/],
  ['other', /其他资金/],
];

/** Where a label sits. */
interface LabelAt {
  row: number;
  col: number;
}

/** The first cell in rows [top, bottom] whose label is `text`. */
function findLabel(view: SheetView, top: number, bottom: number, text: string): LabelAt | undefined {
  for (let row = top; row <= bottom; row++) {
    const col = view.findInRow(row, (l) => l === text);
    if (col >= 0) return { row, col };
  }
  return undefined;
}

/**
 * The 其中 parts under a total: labels in the total's column on the rows below it, each with the amount to its
 * right, up to the first label that is no part (项目总目标 …). Blank rows of a merged label are skipped.
 */
function partsBelow<P extends string>(
  view: SheetView,
  total: LabelAt,
  bottom: number,
  parts: ReadonlyArray<readonly [P, RegExp]>,
): Partial<Record<P, Figure>> {
  const found: Partial<Record<P, Figure>> = {};
  for (let row = total.row + 1; row <= bottom; row++) {
    if (view.isEmpty(row, total.col)) continue;
    const label = view.label(row, total.col);
    const part = parts.find(([, pattern]) => pattern.test(label));
    if (!part) break;
    if (!found[part[0]]) found[part[0]] = amountRightOf(view, row, total.col);
  }
  return found;
}

/** The form title above a 项目名称 row, at or below `top`, with its row. */
function formTitle(view: SheetView, top: number, nameRow: number): { row: number; title: TextCell } | undefined {
  for (let row = nameRow - 1; row >= top; row--) {
    const cols = view.nonEmptyCols(row);
    if (cols.length > 0 && cols.length <= 2 && FORM_TITLE.test(view.label(row, cols[0]))) {
      return { row, title: { ...textCell(view, row, cols[0]), text: view.text(row, cols[0]).trim() } };
    }
  }
  return undefined;
}

/** Read one form between `top` and `bottom`; undefined without a 项目名称 or 年度资金申请总额. */
function readForm(
  view: SheetView,
  top: number,
  bottom: number,
  nameRow: number,
  title: TextCell | undefined,
): ProjectBlock | undefined {
  const nameLabel = view.findInRow(nameRow, (l) => l === '项目名称');
  const name = textRightOf(view, nameRow, nameLabel);
  const annualAt = findLabel(view, nameRow, bottom, ANNUAL_TOTAL);
  if (!name || !annualAt) return undefined;
  const projectAt = findLabel(view, nameRow, bottom, PROJECT_TOTAL);
  const funds: ProjectFunds = {
    annual: {
      total: amountRightOf(view, annualAt.row, annualAt.col),
      ...partsBelow(view, annualAt, bottom, ANNUAL_PARTS),
    },
  };
  if (projectAt) {
    const total = amountRightOf(view, projectAt.row, projectAt.col);
    funds.project = { total, ...partsBelow(view, projectAt, bottom, PROJECT_PARTS) };
  }
  const indicatorHeader = findLabel(view, nameRow, bottom, '一级指标');
  const read = indicatorHeader ? readIndicators(view, indicatorHeader.row, bottom) : undefined;
  const last = Math.max(read?.last ?? annualAt.row, annualAt.row);
  return {
    range: { top, left: 0, bottom: last, right: view.colCount - 1 },
    title: title ?? name,
    name,
    budget: funds.annual.total,
    plan: [],
    indicators: read?.indicators ?? [],
    funds,
  };
}

/** Every figure a form's money panel holds, for the table's units and hygiene checks. */
function fundFigures(funds: ProjectFunds | undefined): Figure[] {
  if (!funds) return [];
  const { project, annual } = funds;
  return [...Object.values(project ?? {}), ...Object.values(annual)].filter((f): f is Figure => f !== undefined);
}

/** The unit the money panel's label states ('项目资金（元）'), when the meta row states none. */
function fundsMeasure(view: SheetView, top: number, bottom: number): TextCell | undefined {
  for (let row = top; row <= bottom; row++) {
    for (const col of view.nonEmptyCols(row)) {
      const m = FUNDS_MEASURE.exec(view.label(row, col));
      if (m) return { text: m[1], cell: view.ref(row, col) };
    }
  }
  return undefined;
}

/**
 * Read Shanghai's 财政项目支出绩效目标填报表 forms (one per project, usually one per sheet) as project blocks:
 * 项目名称, 项目资金总额 and 年度资金申请总额 with their 其中 parts, and the indicator rows. The 年度资金申请总额 is the
 * block's budget; the form has no 资金支出计划, so `plan` is empty. Undefined when the extent holds no such form
 * (a Hebei 绩效目标表 is read by readProjects).
 */
export function readPerformanceForms(
  view: SheetView,
  extent: TableExtent,
  meta: MetaResult,
): ProjectPerformanceTable | undefined {
  const { top, bottom, left, right } = extent.range;
  if (!findLabel(view, top, bottom, ANNUAL_TOTAL)) return undefined;
  const nameRows: number[] = [];
  for (let row = top; row <= bottom; row++) if (view.findInRow(row, (l) => l === '项目名称') >= 0) nameRows.push(row);
  // A form starts at its own title when it has one above its 项目名称, and runs to the next form's start.
  const titles = nameRows.map((nameRow, i) => formTitle(view, i === 0 ? top : nameRows[i - 1] + 1, nameRow));
  const starts = nameRows.map((nameRow, i) => titles[i]?.row ?? nameRow);
  const projects: ProjectBlock[] = [];
  nameRows.forEach((nameRow, i) => {
    const blockBottom = i + 1 < starts.length ? starts[i + 1] - 1 : bottom;
    const form = readForm(view, starts[i], blockBottom, nameRow, titles[i]?.title);
    if (form) projects.push({ ...form, range: { ...form.range, left, right } });
  });
  if (projects.length === 0) return undefined;
  const stated = meta.meta.measure ? undefined : fundsMeasure(view, top, bottom);
  const measured: MetaResult = stated ? { ...meta, meta: { ...meta.meta, measure: stated } } : meta;
  const figures = projects.flatMap((p) => fundFigures(p.funds));
  return { ...tableBase('project_performance', view, extent, measured, figures), projects };
}
