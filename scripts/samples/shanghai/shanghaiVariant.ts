/**
 * How a Shanghai workbook departs from the published look (the real 普陀区 documents): every option is independent.
 */
export interface ShanghaiVariant {
  /**
   * 'repeated': the 类 (and 款) code repeats on every child row, as the blank template and the real transcripts
   * write it; 'blank': upper codes only on their own row, as published PDFs often print them.
   */
  upperCodes: 'repeated' | 'blank';
  /** Blank rows between the last 项目 row of tables 1 and 4 and their 收入总计 row. */
  totalGapRows: number;
  /** Blank rows an empty table keeps between its headers and its 合计 row. */
  emptyRows: number;
  /** A zero amount printed as blank (the published look) or as 0.00. */
  zeros: 'blank' | 'zero';
  /** '1部门财务收支预算总表' … as the transcripts name sheets, or the blank template's '部门收支总表' …. */
  sheetNaming: 'numbered' | 'template';
  /** Where each table's title goes on its sheet (0-based); the 情况说明 keeps column A. */
  originRow: number;
  originCol: number;
}

export const SHANGHAI_PUBLISHED: ShanghaiVariant = {
  upperCodes: 'repeated',
  totalGapRows: 2,
  emptyRows: 2,
  zeros: 'blank',
  sheetNaming: 'numbered',
  originRow: 0,
  originCol: 0,
};
