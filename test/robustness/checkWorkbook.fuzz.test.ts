/**
 * Issue 6.2b: checkWorkbook never throws on arbitrary grids — cells from the template's own vocabulary (titles,
 * headers, row labels, codes, amounts in every form, error values) at random places, with random merges, on
 * several sheets — and no rule gives up on them. The table readers are also run directly, without the
 * recognizer's catch-all, so a reader crash cannot hide as a "missing table".
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/engine/checkWorkbook';
import type { CellRange, GridCell, SheetGrid, WorkbookGrid } from '../../src/engine/grid';
import { findTableTitles } from '../../src/engine/tables/findTableTitles';
import { isCodedKind, readCodedTable } from '../../src/engine/tables/readCodedTable';
import { readAssets } from '../../src/engine/tables/readAssets';
import { readNarrative } from '../../src/engine/tables/readNarrative';
import { readProcurement } from '../../src/engine/tables/readProcurement';
import { readProjects } from '../../src/engine/tables/readProjects';
import { readSummaryTable } from '../../src/engine/tables/readSummaryTable';
import { readTableMeta } from '../../src/engine/tables/readTableMeta';
import { readThreePublic } from '../../src/engine/tables/readThreePublic';
import { SheetView } from '../../src/engine/tables/sheetView';
import { tableExtents } from '../../src/engine/tables/tableExtent';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { SEED_000 } from '../../scripts/samples/seed000';
import { layoutShanghai } from '../../scripts/samples/shanghai/layoutShanghai';
import { SEED_ZFB_2025 } from '../../scripts/samples/shanghai/seedZfb2025';
import { crashedRules } from './corpusHelpers';

const TITLES = [
  '部门预算收支总表',
  '部门预算收入总表',
  '部门预算支出总表',
  '部门预算财政拨款收支总表',
  '一般公共预算财政拨款支出表',
  '一般公共预算财政拨款基本支出表',
  '政府性基金预算财政拨款支出表',
  '国有资本经营预算财政拨款支出表',
  '财政拨款"三公"经费支出表',
  '项目支出绩效目标表',
  '1、互联网传播精品生产扶持专项经费绩效目标表',
  '2、网络执法绩效目标表',
  '部门政府采购预算表',
  '部门固定资产占用情况表',
  '224网信办2024年部门预算情况说明',
  '表1 部门预算收支总表',
  '2024年部门预算收入总表',
  // Shanghai (issue 9)
  '2025年部门财务收支预算总表',
  '2025年部门收入预算总表',
  '2025年部门财政拨款收支预算总表',
  '2025年部门一般公共预算支出功能分类预算表',
  '2025年部门政府性基金预算支出功能分类预算表',
  '2025年部门一般公共预算基本支出部门预算经济分类预算表',
  '2025年部门“三公”经费和机关运行经费预算表',
  '2025年部门预算编制说明',
  '其他相关情况说明',
];

const LABELS = [
  '序号',
  '科目编码',
  '科目名称',
  '功能分类科目',
  '经济分类科目',
  '合计',
  '小计',
  '本年收入',
  '财政拨款收入',
  '财政专户收入',
  '事业收入',
  '经营收入',
  '其他收入',
  '上年结转',
  '基本支出',
  '项目支出',
  '经营支出',
  '人员经费',
  '公用经费',
  '栏次',
  '收入',
  '支出',
  '项目',
  '预算数',
  '金额',
  '一般公共预算财政拨款',
  '政府性基金预算财政拨款',
  '国有资本经营预算财政拨款',
  '一、一般公共预算拨款收入',
  '二、政府性基金预算拨款收入',
  '本年收入合计',
  '本年支出合计',
  '上年结转结余',
  '年终结转结余',
  '收入总计',
  '支出总计',
  '年初财政拨款结转和结余',
  '一、因公出国（境）费',
  '二、公务用车购置及运维费',
  '其中：公务用车购置费',
  '公务用车运行维护费',
  '三、公务接待费',
  '项目编码',
  '项目名称',
  '预算规模及资金用途',
  '其中：财政资金',
  '其他资金',
  '资金支出计划（%）',
  '3月底',
  '6月底',
  '10月底',
  '12月底',
  '绩效目标',
  '一级指标',
  '二级指标',
  '三级指标',
  '绩效指标描述',
  '指标值',
  '指标值确定依据',
  '成本指标',
  '≤14.06',
  '≤0.2万',
  '采购项目',
  '品目',
  '数量',
  '单价',
  '资产总额',
  '房屋',
  '车辆',
  '单价20万元以上设备',
  '其他固定资产',
  '224网信办',
  '101教育局',
  '预算年度：2024',
  '预算年度：2023',
  '单位：万元',
  '单位：元',
  '注：无政府性基金预算财政拨款支出，空表列示。',
  '一般公共服务支出',
  '行政运行',
  '30%',
  '100%',
  '2024年收入预算384.34万元，比上年增加12.30万元，其中：基本支出357.11万元。',
  '机关运行经费24.79万元，主要包括：办公费1.00万元、差旅费2.00万元。',
  // Shanghai (issue 9)
  '类',
  '款',
  '项',
  '功能分类科目编码',
  '功能分类科目名称',
  '部门预算经济分类科目编码',
  '收入预算',
  '事业单位经营收入',
  '一、财政拨款收入',
  '1. 一般公共预算资金',
  '“三公”经费预算数',
  '因公出国(境)费',
  '公务用车购置及运行费',
  '购置费',
  '运行费',
  '机关运行经费预算数',
  '编制部门：上海市普陀区人民政府办公室',
  '单位:万元',
  '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。',
  '1. “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元，主要用于行政单位的基本支出。',
  '2025年“三公”经费预算数为867.50万元，与2024年预算持平。其中：',
];

const CODES = [
  '201',
  '20137',
  '2013701',
  '2013702',
  '208',
  '20805',
  '2080505',
  '301',
  '30101',
  '302',
  '30201',
  '２０１',
  ' 20137 ',
  '201 37 01',
  '13011124P000053001',
  '03',
  '01',
  '50',
  '99',
];
const AMOUNT_TEXT = [
  '384.34',
  '1,234.50',
  '１２３．４５',
  '(12.30)',
  '12.3万',
  '-',
  '——',
  '0',
  '0.00',
  '',
  '  27.23  ',
  'abc',
  '1.2.3',
  '--5',
  '1e5',
  '∞',
];

const cellArb: fc.Arbitrary<GridCell> = fc.oneof(
  fc.constantFrom(...TITLES, ...LABELS, ...CODES, ...AMOUNT_TEXT).map((text) => ({ value: text, text })),
  fc.constantFrom(...CODES).map((code) => ({ value: Number(code.replace(/\D/g, '')) || 0 })),
  fc.double({ min: -1e6, max: 1e6 }).map((value) => ({ value })),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1e300, -0).map((value) => ({ value })),
  fc
    .integer({ min: 0, max: 50000 })
    .map((n) => ({ value: n / 100, text: (n / 100).toFixed(2), formula: '=SUM(D7:D9)' })),
  fc.constantFrom('#REF!', '#VALUE!', '#DIV/0!').map((error) => ({ value: null, error, text: error })),
  fc.boolean().map((value) => ({ value })),
  fc.string().map((text) => ({ value: text })),
  fc.constant({ value: null }),
);

/** A table-like block: title, meta, header words, 栏次, then data rows of code/label/amounts. */
const blockArb = fc.record({
  top: fc.nat(50),
  left: fc.nat(5),
  title: fc.constantFrom(...TITLES),
  header: fc.array(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 10 }),
  rows: fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 25 }),
});

const mergeArb: fc.Arbitrary<CellRange> = fc
  .record({ top: fc.nat(60), left: fc.nat(12), h: fc.integer({ min: -1, max: 4 }), w: fc.integer({ min: -1, max: 6 }) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

function put(rows: SheetGrid['rows'], r: number, c: number, cell: GridCell | undefined): void {
  (rows[r] ??= [])[c] = cell;
}

const sheetArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 31 }),
    scatter: fc.array(fc.tuple(fc.nat(70), fc.nat(14), cellArb), { maxLength: 120 }),
    blocks: fc.array(blockArb, { maxLength: 3 }),
    merges: fc.array(mergeArb, { maxLength: 12 }),
    hiddenRows: fc.array(fc.nat(70), { maxLength: 4 }),
    visibility: fc.constantFrom<SheetGrid['visibility']>('visible', 'hidden', 'veryHidden', undefined),
  })
  .map(({ name, scatter, blocks, merges, hiddenRows, visibility }) => {
    const rows: SheetGrid['rows'] = [];
    for (const b of blocks) {
      put(rows, b.top, b.left, { value: b.title, text: b.title });
      put(rows, b.top + 1, b.left, { value: '224网信办' });
      put(rows, b.top + 1, b.left + 3, { value: '预算年度：2024' });
      b.header.forEach((h, i) => put(rows, b.top + 2, b.left + i, { value: h }));
      b.header.forEach((_, i) => put(rows, b.top + 3, b.left + i, { value: i === 0 ? '栏次' : i }));
      b.rows.forEach((row, r) => row.forEach((cell, c) => put(rows, b.top + 4 + r, b.left + c, cell)));
    }
    for (const [r, c, cell] of scatter) put(rows, r, c, cell);
    return { name, rows, merges, hiddenRows, visibility };
  });

const gridArb: fc.Arbitrary<WorkbookGrid> = fc
  .array(sheetArb, { minLength: 1, maxLength: 4 })
  .map((sheets) => ({ source: 'fuzz.xlsx', sheets }));

/**
 * A sample with random damage: cells overwritten, rows dropped or repeated, random merges. Starting from real tables
 * reaches the readers' data rows, which random cells alone seldom do. The seed-000 sample (Hebei) and the Shanghai
 * sample (sh-putuo-zfb-2025).
 */
function damagedSampleArb(base: WorkbookGrid): fc.Arbitrary<WorkbookGrid> {
  return fc
    .array(
      fc.record({
        sheet: fc.nat(base.sheets.length - 1),
        writes: fc.array(fc.tuple(fc.nat(200), fc.nat(15), fc.option(cellArb, { nil: undefined })), { maxLength: 30 }),
        drop: fc.array(fc.nat(200), { maxLength: 5 }),
        repeat: fc.array(fc.nat(200), { maxLength: 5 }),
        merges: fc.array(mergeArb, { maxLength: 6 }),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((damages) => {
      const grid = structuredClone(base);
      for (const d of damages) {
        const sheet = grid.sheets[d.sheet];
        for (const [r, c, cell] of d.writes) put(sheet.rows, r % (sheet.rows.length + 2), c, cell);
        for (const r of d.drop) sheet.rows.splice(r % (sheet.rows.length + 1), 1);
        for (const r of d.repeat) {
          const at = r % (sheet.rows.length + 1);
          sheet.rows.splice(at, 0, structuredClone(sheet.rows[at]));
        }
        sheet.merges.push(...d.merges);
      }
      return grid;
    });
}

/** Every reader on every table it finds, as recognizeWorkbook does, but without its catch-all. */
function readAllTables(grid: WorkbookGrid): void {
  for (const sheet of grid.sheets) {
    const view = new SheetView(sheet);
    for (const extent of tableExtents(view, findTableTitles(view))) {
      const kind = extent.title.kind;
      if (kind === 'narrative') {
        readNarrative(view, extent, { meta: {}, nextRow: extent.range.top + 1 });
        continue;
      }
      const meta = readTableMeta(view, extent.title.row, extent.range.bottom);
      if (isCodedKind(kind)) readCodedTable(kind, view, extent, meta);
      else if (kind === 'income_expenditure_summary' || kind === 'fiscal_summary')
        readSummaryTable(kind, view, extent, meta);
      else if (kind === 'three_public') readThreePublic(view, extent, meta);
      else if (kind === 'project_performance') readProjects(view, extent, meta);
      else if (kind === 'procurement') readProcurement(view, extent, meta);
      else if (kind === 'assets') readAssets(view, extent, meta);
    }
  }
}

describe('checkWorkbook on a damaged sample', () => {
  it('never throws, and no rule gives up', () => {
    fc.assert(
      fc.property(damagedSampleArb(layoutWorkbook(SEED_000).grid), (grid) => {
        expect(crashedRules(checkWorkbook(grid))).toEqual([]);
        readAllTables(grid);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws, and no rule gives up, on the Shanghai sample', () => {
    fc.assert(
      fc.property(damagedSampleArb(layoutShanghai(SEED_ZFB_2025).grid), (grid) => {
        expect(crashedRules(checkWorkbook(grid))).toEqual([]);
        readAllTables(grid);
      }),
      { numRuns: 150 },
    );
  });
});

describe('checkWorkbook on arbitrary grids', () => {
  it('never throws, and no rule gives up', () => {
    fc.assert(
      fc.property(gridArb, fc.boolean(), (grid, strict) => {
        const result = checkWorkbook(grid, { strict });
        expect(crashedRules(result)).toEqual([]);
        for (const f of result.findings) {
          expect(f.message).not.toBe('');
          expect(['error', 'warning', 'info']).toContain(f.severity);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every table reader survives every table it is given', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        readAllTables(grid);
      }),
      { numRuns: 400 },
    );
  });
});
