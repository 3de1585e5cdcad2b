/**
 * Lay a ShanghaiBudgetData out as the nine tables and the 情况说明 of the Shanghai template (TEMPLATE-SHANGHAI.md),
 * one sheet each, under a ShanghaiVariant. Pure: the same input gives the same grid, styles and widths.
 */
import { BASIC_COLUMNS, FUNCTIONAL_COLUMNS, type CodedTableData, type FunctionalColumnKey } from '../budgetData';
import { STANDARD } from '../layoutVariant';
import { SheetBuilder, toSampleWorkbook, type SampleWorkbook } from '../sheetBuilder';
import { TableContext } from '../tableWriter';
import { SH_INCOME_COLUMNS, type ShanghaiBudgetData } from './shanghaiData';
import { SHANGHAI_PUBLISHED, type ShanghaiVariant } from './shanghaiVariant';
import { layoutSplitCodeTable } from './splitCodeTable';
import { layoutShanghaiFiscalSummary, layoutShanghaiSummary } from './summaryTables';
import { layoutShanghaiThreePublic } from './threePublicTable';

type Layout = (ctx: TableContext, variant: ShanghaiVariant, top: number, left: number, d: ShanghaiBudgetData) => number;

const INCOME_HEADERS: Record<(typeof SH_INCOME_COLUMNS)[number], string> = {
  total: '合计',
  fiscal: '财政拨款收入',
  business: '事业收入',
  operating: '事业单位经营收入',
  other: '其他收入',
};
const FUNCTIONAL_HEADERS: Record<FunctionalColumnKey, string> = {
  total: '合计',
  basic: '基本支出',
  project: '项目支出',
};
const BASIC_HEADERS = { total: '合计', personnel: '人员经费', public: '公用经费' } as const;

function functionalTable(
  title: string,
  group: string,
  pick: (d: ShanghaiBudgetData) => CodedTableData<FunctionalColumnKey>,
): Layout {
  const columns = FUNCTIONAL_COLUMNS.map((key) => ({ key, header: FUNCTIONAL_HEADERS[key] }));
  return (ctx, variant, top, left, d) =>
    layoutSplitCodeTable(
      ctx,
      variant,
      top,
      left,
      d.unitName,
      {
        title: `${d.year}年${title}`,
        group,
        codeHeader: '功能分类科目编码',
        nameHeader: '功能分类科目名称',
        levels: 3,
        columns,
      },
      pick(d),
    );
}

const layoutIncome: Layout = (ctx, variant, top, left, d) =>
  layoutSplitCodeTable(
    ctx,
    variant,
    top,
    left,
    d.unitName,
    {
      title: `${d.year}年部门收入预算总表`,
      group: '收入预算',
      codeHeader: '功能分类科目编码',
      nameHeader: '功能分类科目名称',
      levels: 3,
      columns: SH_INCOME_COLUMNS.map((key) => ({ key, header: INCOME_HEADERS[key] })),
    },
    d.income,
  );

const layoutBasic: Layout = (ctx, variant, top, left, d) =>
  layoutSplitCodeTable(
    ctx,
    variant,
    top,
    left,
    d.unitName,
    {
      title: `${d.year}年部门一般公共预算基本支出部门预算经济分类预算表`,
      group: '一般公共预算基本支出',
      codeHeader: '部门预算经济分类科目编码',
      nameHeader: '经济分类科目名称',
      levels: 2,
      columns: BASIC_COLUMNS.map((key) => ({ key, header: BASIC_HEADERS[key] })),
    },
    d.basic,
  );

/** The nine tables in template order, with the sheet names of the transcripts and of the blank template. */
const TABLES: ReadonlyArray<{ numbered: string; template: string; layout: Layout }> = [
  { numbered: '1部门财务收支预算总表', template: '部门收支总表', layout: layoutShanghaiSummary },
  { numbered: '2部门收入预算总表', template: '部门收入总表', layout: layoutIncome },
  {
    numbered: '3部门支出预算总表',
    template: '部门支出总表',
    layout: functionalTable('部门支出预算总表', '支出预算', (d) => d.expenditure),
  },
  { numbered: '4部门财政拨款收支预算总表', template: '部门财政拨款收支总表', layout: layoutShanghaiFiscalSummary },
  {
    numbered: '5一般公共预算支出功能分类预算表',
    template: '部门一般公共预算拨款表',
    layout: functionalTable('部门一般公共预算支出功能分类预算表', '一般公共预算支出', (d) => d.generalBudget),
  },
  {
    numbered: '6政府性基金预算支出功能分类预算表',
    template: '部门政府性基金拨款表',
    layout: functionalTable('部门政府性基金预算支出功能分类预算表', '政府性基金预算支出', (d) => d.govFund),
  },
  {
    numbered: '7国有资本经营预算支出功能分类预算表',
    template: '部门国有资本经营预算拨款表',
    layout: functionalTable('部门国有资本经营预算支出功能分类预算表', '国有资本经营预算支出', (d) => d.stateCapital),
  },
  {
    numbered: '8一般公共预算基本支出经济分类预算表',
    template: '部门一般公共预算拨款基本支出明细表',
    layout: layoutBasic,
  },
  {
    numbered: '9三公经费和机关运行经费预算表',
    template: '部门“三公”经费和机关运行费预算表',
    layout: layoutShanghaiThreePublic,
  },
];

export const NARRATIVE_SHEET = '情况说明';

/** Lay out the whole document; `variant` defaults to the published look. */
export function layoutShanghai(
  data: ShanghaiBudgetData,
  variant: ShanghaiVariant = SHANGHAI_PUBLISHED,
): SampleWorkbook {
  const builders = TABLES.map((t) => {
    const sheet = new SheetBuilder(variant.sheetNaming === 'numbered' ? t.numbered : t.template);
    t.layout(new TableContext(sheet, STANDARD), variant, variant.originRow, variant.originCol, data);
    return sheet;
  });
  const narrative = new SheetBuilder(NARRATIVE_SHEET);
  data.narrative.forEach((text, row) => narrative.text(row, 0, text, { wrap: true, align: 'left' }, false));
  narrative.widths[0] = 100; // paragraphs wrap in one wide column
  builders.push(narrative);
  return toSampleWorkbook(builders, `${data.unitName}${data.year}年部门预算`);
}
