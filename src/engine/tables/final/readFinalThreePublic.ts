import type { Figure, ThreePublicRow } from '../types';
import type { FinalThreePublicTable } from '../finalTypes';
import { normalizeLabel } from '../normalizeText';
import type { Header, HeaderColumn } from '../readHeader';
import type { MetaResult } from '../readTableMeta';
import type { SheetView } from '../sheetView';
import { threePublicRow } from '../readThreePublic';
import { readFigure, tableBase, textCell } from '../tableBase';
import type { TableExtent } from '../tableExtent';
import { withFinalEmptyNote } from './finalEmptyNote';
import { isColumnNumberRow, NOTE_ROW, readFinalHeader } from './finalHeader';

type Side = 'budget' | 'actual';

/** '预算数' / '年初预算数' / '全年预算数' and '决算数' header cells. */
const BUDGET_WORD = /^(年初|全年)?预算数?$/;
const ACTUAL_WORD = /^决算数?$/;

function sideOf(column: HeaderColumn): Side | undefined {
  for (const text of [...column.path].reverse()) {
    if (BUDGET_WORD.test(text)) return 'budget';
    if (ACTUAL_WORD.test(text)) return 'actual';
  }
  return undefined;
}

/**
 * The 三公 item a column holds, from the lowest header text that names one: under 公务用车购置及运行（维护）费 its
 * 小计 is the vehicle item and its 购置费 / 运行费 the parts (the national 公开07表 writes them short).
 */
function itemOf(column: HeaderColumn): ThreePublicRow | undefined {
  const underVehicle = column.path.some((text) => threePublicRow(text) === 'vehicle');
  for (const text of [...column.path].reverse()) {
    if (BUDGET_WORD.test(text) || ACTUAL_WORD.test(text)) continue;
    if (underVehicle && (text === '小计' || text === '合计')) return 'vehicle';
    const item = threePublicRow(text);
    if (item) return item;
    if (underVehicle && text.includes('购置')) return 'vehiclePurchase';
    if (underVehicle && /运[行维]/.test(text)) return 'vehicleOps';
  }
  return undefined;
}

/** The header cell naming a column's item (the merged area's top-left cell; 公务用车购置及运行费 for its 小计). */
function itemLabel(view: SheetView, header: Header, column: HeaderColumn, item: ThreePublicRow) {
  for (let r = header.bottom; r >= header.top; r--) {
    if (!namesItem(normalizeLabel(view.mergedText(r, column.col)), item)) continue;
    const m = view.mergeAt(r, column.col);
    return m ? textCell(view, m.top, m.left) : textCell(view, r, column.col);
  }
  return textCell(view, header.bottom, column.col);
}

function namesItem(text: string, item: ThreePublicRow): boolean {
  if (threePublicRow(text) === item) return true;
  if (item === 'vehiclePurchase') return text.includes('购置') && !text.includes('运');
  if (item === 'vehicleOps') return /运[行维]/.test(text) && !text.includes('购置');
  return false;
}

/**
 * Read 财政拨款“三公”经费支出决算表 (表7): 预算数 and 决算数 of each item, whichever way the columns are grouped
 * (by item, then 预算数/决算数 in Shanghai; by 预算数/决算数, then item in the national 公开07表), over one data row.
 * Columns naming no 三公 item (会议费, 培训费) are left out. An empty table with only its 说明 line has no figures.
 */
export function readFinalThreePublic(
  view: SheetView,
  extent: TableExtent,
  meta: MetaResult,
): FinalThreePublicTable | undefined {
  const bottom = extent.range.bottom;
  const header = readFinalHeader(view, meta.nextRow, bottom, { maxRows: 6 });
  if (!header) return undefined;
  const columns = header.columns.flatMap((column) => {
    const side = sideOf(column);
    const item = itemOf(column);
    return side && item ? [{ side, item, column }] : [];
  });
  if (columns.length < 2) return undefined;

  let dataRow: number | undefined;
  for (let r = header.dataStart; r <= bottom && dataRow === undefined; r++) {
    const first = view.nonEmptyCols(r)[0];
    if (first !== undefined && NOTE_ROW.test(view.label(r, first))) break;
    if (isColumnNumberRow(view, r)) continue;
    if (columns.some(({ column }) => !view.isEmpty(r, column.col))) dataRow = r;
  }
  const figures: Figure[] = [];
  const found: Pick<FinalThreePublicTable, 'budget' | 'actual' | 'labels'> = { budget: {}, actual: {}, labels: {} };
  for (const { side, item, column } of columns) {
    found.labels[item] ??= itemLabel(view, header, column, item);
    if (dataRow === undefined || found[side][item]) continue;
    const figure = readFigure(view, dataRow, column.col);
    found[side][item] = figure;
    figures.push(figure);
  }
  return withFinalEmptyNote({ ...tableBase('final_three_public', view, extent, meta, figures), ...found }, view);
}
