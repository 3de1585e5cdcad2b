import Decimal from 'decimal.js';
import { parseAmount, parseAmountText } from '../amount';
import type { CellRef } from '../grid';
import type { Figure, Indicator, ProjectBlock, ProjectPerformanceTable, TextCell } from './types';
import { titleKind } from './findTableTitles';
import { normalizeLabel } from './normalizeText';
import type { MetaResult } from './readTableMeta';
import type { SheetView } from './sheetView';
import { readFigure, tableBase, textCell } from './tableBase';
import type { TableExtent } from './tableExtent';

/** A label cell of a block: a cell with Chinese text that is not an amount. */
function isLabel(view: SheetView, row: number, col: number): boolean {
  return /[\u4e00-\u9fff]/.test(view.text(row, col)) && parseAmount(view.cell(row, col)).kind !== 'number';
}

/** The text a label names: the first non-empty cell to its right, past the label's own merged area. */
export function textRightOf(view: SheetView, row: number, col: number): TextCell | undefined {
  for (let c = view.mergeRight(row, col) + 1; c < view.colCount; c++) {
    if (!view.isEmpty(row, c)) return textCell(view, row, c);
  }
  return undefined;
}

/**
 * The amount a label names. Its cell is the one right after the label; when that is blank the next
 * non-empty cell is taken only if it is not the next label, so a blank 预算数 still has its address.
 */
export function amountRightOf(view: SheetView, row: number, col: number): Figure {
  const adjacent = view.mergeRight(row, col) + 1;
  for (let c = adjacent; c < view.colCount; c++) {
    if (view.isEmpty(row, c)) continue;
    return isLabel(view, row, c) ? readFigure(view, row, adjacent) : readFigure(view, row, c);
  }
  return readFigure(view, row, adjacent);
}

/** A 资金支出计划 percentage: '30%' → 30, 0.3 formatted as % → 30, blank → null. */
export function readPercent(view: SheetView, row: number, col: number): Decimal | null {
  const cell = view.cell(row, col);
  const text = view.text(row, col);
  if (text === '') return null;
  if (/%$/.test(text.trim())) return parseAmountText(text.trim().replace(/[%％]$/, ''))?.value ?? null;
  const amount = parseAmount(cell);
  if (amount.kind !== 'number') return null;
  return cell?.numberFormat?.includes('%') && typeof cell.value === 'number' ? amount.value.times(100) : amount.value;
}

/** Rows where blocks start: '1、…绩效目标表' titles, or else every 项目名称 row. */
function blockStarts(view: SheetView, top: number, bottom: number): Array<{ row: number; title?: TextCell }> {
  const titled: Array<{ row: number; title?: TextCell }> = [];
  const named: Array<{ row: number }> = [];
  for (let r = top; r <= bottom; r++) {
    const cols = view.nonEmptyCols(r);
    if (cols.length > 0 && cols.length <= 2 && titleKind(view.text(r, cols[0]))?.projectBlock) {
      titled.push({ row: r, title: { ...textCell(view, r, cols[0]), text: view.text(r, cols[0]).trim() } });
    }
    if (view.findInRow(r, (l) => l === '项目名称') >= 0) named.push({ row: r });
  }
  return titled.length > 0 ? titled : named;
}

const INDICATOR_COLUMNS = {
  level1: (l: string) => l === '一级指标',
  level2: (l: string) => l === '二级指标',
  level3: (l: string) => l === '三级指标',
  description: (l: string) => l.includes('指标描述') || l === '指标内容',
  // '指标值', '目标值', Shanghai's '年度(/项目)指标值'.
  value: (l: string) => l.endsWith('指标值') || l === '目标值',
};

/** Indicator rows under the 一级指标 header, with 一级/二级 carried down over merged or blank cells. */
export function readIndicators(
  view: SheetView,
  headerRow: number,
  bottom: number,
): { indicators: Indicator[]; last: number } {
  const col = Object.fromEntries(
    Object.entries(INDICATOR_COLUMNS).map(([key, test]) => [key, view.findInRow(headerRow, test)]),
  ) as Record<keyof typeof INDICATOR_COLUMNS, number>;
  const indicators: Indicator[] = [];
  let last = headerRow;
  let level1 = '';
  let level2 = '';
  const at = (r: number, c: number): string => (c < 0 ? '' : view.mergedText(r, c));
  for (let r = headerRow + 1; r <= bottom; r++) {
    const level3 = at(r, col.level3);
    const description = at(r, col.description);
    const value = at(r, col.value);
    if (!level3 && !description && !value) continue;
    level1 = at(r, col.level1) || level1;
    level2 = at(r, col.level2) || level2;
    const valueCell: CellRef = view.ref(r, col.value >= 0 ? col.value : 0);
    indicators.push({ level1, level2, level3, description, value: { text: value, cell: valueCell } });
    last = r;
  }
  return { indicators, last };
}

/** '8、网络执法绩效目标表' → '网络执法', for a block without a 项目名称 label. */
function nameFromTitle(title: TextCell): TextCell {
  return {
    text: normalizeLabel(title.text)
      .replace(/^\d+[、.]/, '')
      .replace(/绩效目标表$/, ''),
    cell: title.cell,
  };
}

/** Read one project block between `top` and `bottom` by its labels. */
function readBlock(
  view: SheetView,
  top: number,
  bottom: number,
  title: TextCell | undefined,
): ProjectBlock | undefined {
  let code: TextCell | undefined;
  let name: TextCell | undefined;
  let budget: Figure | undefined;
  let fiscal: Figure | undefined;
  let other: Figure | undefined;
  let plan: ProjectBlock['plan'] = [];
  let indicators: Indicator[] = [];
  let last = top;
  for (let r = top; r <= bottom; r++) {
    for (const c of view.nonEmptyCols(r)) {
      const label = view.label(r, c);
      if (label === '项目编码' && !code) code = textRightOf(view, r, c);
      else if (label === '项目名称' && !name) name = textRightOf(view, r, c);
      else if (label === '预算数' && !budget) budget = amountRightOf(view, r, c);
      else if (label.includes('财政资金') && !fiscal) fiscal = amountRightOf(view, r, c);
      else if (label === '其他资金' && !other) other = amountRightOf(view, r, c);
      else if (label.startsWith('资金支出计划') && plan.length === 0) {
        plan = view
          .nonEmptyCols(r)
          .filter((m) => m > c && /月/.test(view.text(r, m)))
          .map((m) => ({ label: view.text(r, m), percent: readPercent(view, r + 1, m), cell: view.ref(r + 1, m) }));
      } else if (label === '一级指标' && indicators.length === 0) {
        const read = readIndicators(view, r, bottom);
        indicators = read.indicators;
        last = Math.max(last, read.last);
      }
    }
    if (!view.rowIsEmpty(r) && indicators.length === 0) last = r;
  }
  const blockName = name ?? (title && nameFromTitle(title));
  if (!blockName) return undefined;
  const blockTitle = title ?? blockName;
  return {
    range: { top, left: 0, bottom: last, right: view.colCount - 1 },
    title: blockTitle,
    code,
    name: blockName,
    // A block without a 预算数 label still needs a Figure: a blank one at its name.
    budget: budget ?? { value: new Decimal(0), amount: parseAmount(undefined), cell: blockName.cell },
    fiscal,
    other,
    plan,
    indicators,
  };
}

/** Read the project performance table: one block per project, stacked on the sheet. */
export function readProjects(
  view: SheetView,
  extent: TableExtent,
  meta: MetaResult,
): ProjectPerformanceTable | undefined {
  const { top, bottom, left, right } = extent.range;
  const starts = blockStarts(view, top, bottom);
  const projects: ProjectBlock[] = [];
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].row - 1 : bottom;
    const block = readBlock(view, start.row, end, start.title);
    if (block) projects.push({ ...block, range: { ...block.range, left, right } });
  });
  const figures = projects.flatMap((p) => [p.budget, p.fiscal, p.other].filter((f): f is Figure => f !== undefined));
  return { ...tableBase('project_performance', view, extent, meta, figures), projects };
}
