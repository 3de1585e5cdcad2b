/**
 * Lay a FinalData out as a workbook: the nine table sheets in the variant's layout (Shanghai or national) and the
 * 情况说明 sheet, one paragraph per row. Pure: the same input gives the same grid, styles and widths.
 */
import { SheetBuilder, toSampleWorkbook, type SampleWorkbook } from '../sheetBuilder';
import type { FinalData } from './finalData';
import { FINAL_SHANGHAI_PUBLISHED, type FinalVariant } from './finalVariant';
import { nationalFinalSheets } from './layoutFinalNational';
import { shanghaiFinalSheets } from './layoutFinalShanghai';

export function layoutFinal(data: FinalData, variant: FinalVariant = FINAL_SHANGHAI_PUBLISHED): SampleWorkbook {
  const sheets = (variant.layout === 'national' ? nationalFinalSheets : shanghaiFinalSheets)(data, variant);
  const narrative = new SheetBuilder('情况说明');
  data.narrative.forEach((text, r) => narrative.text(r, 0, text, { align: 'left', wrap: true }, false));
  narrative.fit(0, 100);
  return toSampleWorkbook([...sheets.map((s) => s.sheet), narrative], `${data.unitName}${data.year}年度部门决算`);
}
