/**
 * How a sample workbook departs from the plain template: every option is independent, so variants
 * combine (e.g. stacked + offset + text amounts).
 */

export type SheetNaming = 'numbered' | 'mixed';
export type AmountStyle = 'number' | 'text';

export interface LayoutVariant {
  /** 'numbered': 表1 … 表N; 'mixed': Sheet3, 1部门预算收支总表, 附表 … */
  sheetNaming: SheetNaming;
  /** Where each table's title goes on its sheet (0-based): 0/0 is A1. */
  originRow: number;
  originCol: number;
  /** Several tables on one sheet, separated by gapRows blank rows. */
  stacked: boolean;
  gapRows: number;
  /** 'text': amounts stored as text in rotating forms ('384.34', '1,234.50', full-width digits, trailing spaces). */
  amountStyle: AmountStyle;
  /** 科目编码 stored as numbers instead of text. */
  codesAsNumbers: boolean;
  /** Total and subtotal cells hold SUM formulas (with the published figure as cached result). */
  totalsAsFormulas: boolean;
}

export const STANDARD: LayoutVariant = {
  sheetNaming: 'numbered',
  originRow: 0,
  originCol: 0,
  stacked: false,
  gapRows: 2,
  amountStyle: 'number',
  codesAsNumbers: false,
  totalsAsFormulas: false,
};

export const PRESETS = {
  standard: STANDARD,
  renamed: { ...STANDARD, sheetNaming: 'mixed' },
  offset: { ...STANDARD, originRow: 3, originCol: 2 },
  textAmounts: { ...STANDARD, amountStyle: 'text' },
  stacked: { ...STANDARD, stacked: true, gapRows: 3 },
  codesAsNumbers: { ...STANDARD, codesAsNumbers: true },
  formulas: { ...STANDARD, totalsAsFormulas: true },
} satisfies Record<string, LayoutVariant>;

export type PresetName = keyof typeof PRESETS;

/** Combine presets left to right: combineVariants('stacked', 'offset', 'textAmounts'). */
export function combineVariants(...names: PresetName[]): LayoutVariant {
  let result: LayoutVariant = { ...STANDARD };
  for (const name of names) {
    const preset = PRESETS[name];
    const changed = Object.fromEntries(
      Object.entries(preset).filter(([k, v]) => STANDARD[k as keyof LayoutVariant] !== v),
    ) as Partial<LayoutVariant>;
    result = { ...result, ...changed };
  }
  return result;
}
