/**
 * How a 部门决算 workbook is laid out (JUESUAN.md §3, §6): the Shanghai district layout with its code, 合计 and zero
 * variations, or the national 公开01–09表 with tags, 部门 rows, 行次 and 栏次. Every option is independent.
 */
export interface FinalVariant {
  layout: 'shanghai' | 'national';
  /** Shanghai 科目 codes: 类/款/项 parts in three columns, the whole code in the first of them, or one column. */
  codes: 'parts' | 'wholeInFirst' | 'single';
  /** Shanghai 表2/表3: 合计 on the header's 类|款|项 row (财政局, 生态环境局) rather than a row of its own. */
  totalOnHeaderRow: boolean;
  /** Shanghai 表6 codes: '301 | 01' or '30101'. */
  basicCodes: 'parts' | 'single';
  /** A zero printed blank, as '0.00', or per column one or the other ('mixed', chosen by zeroMask). */
  zeros: 'blank' | 'zero' | 'mixed';
  zeroMask: number;
  /** The part heading above 表1: none, '<单位>Y年度部门决算表', or '第二部分 <单位>Y年度部门决算表'. */
  partHeading: 'none' | 'plain' | 'part';
  /** '注：本表反映…' lines under the tables. */
  notes: boolean;
}

export const FINAL_SHANGHAI_PUBLISHED: FinalVariant = {
  layout: 'shanghai',
  codes: 'parts',
  totalOnHeaderRow: true,
  basicCodes: 'parts',
  zeros: 'blank',
  zeroMask: 0,
  partHeading: 'part',
  notes: false,
};

export const FINAL_NATIONAL: FinalVariant = { ...FINAL_SHANGHAI_PUBLISHED, layout: 'national', codes: 'single' };
