/**
 * Shanghai-layout tables built in code: title, meta row (编制部门 / 单位：元), three header rows with the merged
 * '功能分类科目编码' over 类 | 款 | 项, data rows, and the 合计 row merged across the code and name columns.
 */
import type { Block, CellInput } from '../../helpers/gridFromRows';

/** A 合计 row merged across the first `span` columns: only its first cell holds the label. */
function totalRow(span: number, values: CellInput[]): CellInput[] {
  return ['合计', ...Array.from({ length: span - 1 }, () => ''), ...values];
}

export interface FunctionalOptions {
  title?: string;
  /** Where the 合计 row goes; omitted: no 合计 row. */
  total?: { at: 'top' | 'bottom'; values: CellInput[] };
}

/** 一般公共预算支出功能分类预算表 in the Shanghai layout; data rows are [类, 款, 项, 名称, 合计, 基本支出, 项目支出]. */
export function shanghaiFunctionalBlock(data: CellInput[][], options: FunctionalOptions = {}): Block {
  const header: CellInput[][] = [
    [options.title ?? '2025年部门一般公共预算支出功能分类预算表'],
    ['编制部门：测试部门', '', '', '', '', '', '单位：元'],
    ['项目', '', '', '', '一般公共预算支出'],
    ['功能分类科目编码', '', '', '功能分类科目名称', '合计', '基本支出', '项目支出'],
    ['类', '款', '项'],
  ];
  const total = options.total && totalRow(4, options.total.values);
  const body = total ? (options.total?.at === 'top' ? [total, ...data] : [...data, total]) : data;
  const totalLine = total ? header.length + (options.total?.at === 'top' ? 1 : body.length) : 0;
  return {
    rows: [...header, ...body],
    merges: [
      'A1:G1',
      'A3:D3',
      'E3:G3',
      'A4:C4',
      'D4:D5',
      'E4:E5',
      'F4:F5',
      'G4:G5',
      ...(total ? [`A${totalLine}:D${totalLine}`] : []),
    ],
  };
}

/** 基本支出经济分类预算表 with 类 | 款 code columns; data rows are [类, 款, 名称, 合计, 人员经费, 公用经费]. */
export function shanghaiBasicBlock(data: CellInput[][], totalValues?: CellInput[]): Block {
  const rows: CellInput[][] = [
    ['2025年部门一般公共预算基本支出部门预算经济分类预算表'],
    ['编制部门：测试部门', '', '', '', '', '单位：元'],
    ['项目', '', '', '一般公共预算基本支出'],
    ['部门预算经济分类科目编码', '', '经济分类科目名称', '合计', '人员经费', '公用经费'],
    ['类', '款'],
    ...data,
    ...(totalValues ? [totalRow(3, totalValues)] : []),
  ];
  const last = rows.length;
  return {
    rows,
    merges: [
      'A1:F1',
      'A3:C3',
      'D3:F3',
      'A4:B4',
      'C4:C5',
      'D4:D5',
      'E4:E5',
      'F4:F5',
      ...(totalValues ? [`A${last}:C${last}`] : []),
    ],
  };
}
