import type { WorkbookGrid } from '../grid';
import { DEFAULT_TEMPLATE, TEMPLATES, type BudgetTemplate } from '../templates';
import { applyUnits } from './applyUnits';
import { findFinalDocumentHeading } from './final/finalDocumentHeading';
import { isFinalKind, readFinalTable } from './final/readFinalTable';
import { findTableTitles, hitsFor, type TitleHit } from './findTableTitles';
import { isCodedKind, readCodedTable } from './readCodedTable';
import { readAssets } from './readAssets';
import { readNarrative } from './readNarrative';
import { readPerformanceForms } from './readPerformanceForms';
import { readProcurement } from './readProcurement';
import { readProjects } from './readProjects';
import { readSummaryTable } from './readSummaryTable';
import { readTableMeta, type MetaResult } from './readTableMeta';
import { readThreePublic } from './readThreePublic';
import { SheetView } from './sheetView';
import { tableExtents, type TableExtent } from './tableExtent';
import type { BudgetWorkbook, TypedTable } from './types';

/** Read one table with the reader for its kind; undefined when its shape is not recognised. */
export function readTable(view: SheetView, extent: TableExtent, template: BudgetTemplate): TypedTable | undefined {
  const kind = extent.title.kind;
  if (kind === 'narrative') {
    const meta: MetaResult = { meta: {}, nextRow: extent.range.top + 1 };
    return readNarrative(view, extent, meta);
  }
  if (isFinalKind(kind)) return readFinalTable(kind, view, extent);
  const meta = readTableMeta(view, extent.title.row, extent.range.bottom);
  if (isCodedKind(kind)) return readCodedTable(kind, view, extent, meta, template) as TypedTable | undefined;
  switch (kind) {
    case 'income_expenditure_summary':
    case 'fiscal_summary':
      return readSummaryTable(kind, view, extent, meta);
    case 'three_public':
      return readThreePublic(view, extent, meta);
    case 'project_performance':
      // Shanghai's 填报表 forms are known by their 年度资金申请总额 label; otherwise Hebei's 绩效目标表 blocks.
      return readPerformanceForms(view, extent, meta) ?? readProjects(view, extent, meta);
    case 'procurement':
      return readProcurement(view, extent, meta);
    case 'assets':
      return readAssets(view, extent, meta);
    default:
      return undefined;
  }
}

/** The value most tables state, first seen wins ties. */
function mostCommon<T>(values: Array<T | undefined>): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) [best, bestCount] = [v, n];
  }
  return best;
}

/**
 * The template whose titles the workbook follows best: each template scores one point per title it reads,
 * two when no other template reads it (a title only one province uses says more), plus one per cell of its
 * layout marks once it reads any title (the national 决算's '公开01表' tags, where titles read alike). Ties go to
 * the first.
 */
export function chooseTemplate(
  hits: readonly TitleHit[],
  marks: Partial<Record<BudgetTemplate['id'], number>> = {},
): BudgetTemplate {
  let best = DEFAULT_TEMPLATE;
  let bestScore = 0;
  for (const template of TEMPLATES) {
    let score = 0;
    for (const hit of hits) {
      if (!hit.matches[template.id]) continue;
      score += Object.keys(hit.matches).length === 1 ? 2 : 1;
    }
    if (score > 0) score += marks[template.id] ?? 0;
    if (score > bestScore) [best, bestScore] = [template, score];
  }
  return best;
}

/** How many cells of the sheets match each template's layout marks (templates without marks are left out). */
export function countLayoutMarks(views: readonly SheetView[]): Partial<Record<BudgetTemplate['id'], number>> {
  const marks: Partial<Record<BudgetTemplate['id'], number>> = {};
  for (const template of TEMPLATES) {
    const patterns = template.layoutMarks;
    if (!patterns?.length) continue;
    let count = 0;
    for (const view of views)
      for (let row = 0; row < view.rowCount; row++)
        for (const col of view.nonEmptyCols(row)) {
          const label = view.label(row, col);
          if (patterns.some((p) => p.test(label))) count++;
        }
    marks[template.id] = count;
  }
  return marks;
}

/**
 * Recognise every budget table of a workbook by its title and header text (never by sheet name or position)
 * and read it into its typed form, with the template its titles follow. Never throws: a table whose shape
 * cannot be read is left out.
 */
export function recognizeWorkbook(grid: WorkbookGrid): BudgetWorkbook {
  const sheets: Array<{ view: SheetView; hits: TitleHit[] }> = [];
  for (const sheet of grid?.sheets ?? []) {
    try {
      const view = new SheetView(sheet);
      sheets.push({ view, hits: findTableTitles(view) });
    } catch {
      // A malformed sheet yields no tables.
    }
  }
  const template = chooseTemplate(
    sheets.flatMap((s) => s.hits),
    countLayoutMarks(sheets.map((s) => s.view)),
  );
  const tables: TypedTable[] = [];
  for (const { view, hits } of sheets) {
    try {
      for (const extent of tableExtents(view, hitsFor(hits, template))) {
        try {
          const table = readTable(view, extent, template);
          if (!table) continue;
          applyUnits(table, template);
          tables.push(table);
        } catch {
          // An odd table shape is the workbook's problem, not a crash: the table is reported missing instead.
        }
      }
    } catch {
      // A malformed sheet yields no tables.
    }
  }
  // 决算 titles carry no year and Shanghai's no unit: the part headings ('第二部分 <单位>2024年度部门决算表') do.
  const heading = template.document === 'final' ? findFinalDocumentHeading(sheets.map((s) => s.view)) : undefined;
  return {
    source: grid?.source,
    template: template.id,
    tables,
    unitName: mostCommon(tables.map((t) => t.meta.unitName?.text)) ?? heading?.unitName,
    year: mostCommon(tables.map((t) => t.meta.year?.value)) ?? heading?.year,
    measure: mostCommon(tables.map((t) => t.meta.measure?.text)),
  };
}
