import { toCellText } from '../engine/narrative/narrativeBlock';
import { noteText } from '../engine/plainText';

/**
 * Text the add-in writes into cells (the 情况说明 block, the 校验报告 sheet) carries words from the user's
 * workbook: a project name or a unit could read '=HYPERLINK(…)' or '=cmd|…'. Every writer passes its
 * text through here and formats the cells as text ('@') first, so no such text can become a formula, a
 * link or a DDE call, even in a host that ignored the text format.
 */

/** What Excel takes for the start of a formula when a string is entered, with the full-width forms an IME gives. */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D]/;

/** The text a cell ends up holding: control characters, tabs and line breaks removed (one paragraph per cell). */
export function cellTextOf(text: string): string {
  return toCellText(text);
}

/**
 * The string to write through range.values so that the cell holds exactly cellTextOf(text), as text:
 * a leading apostrophe (which Excel consumes as “this is text”) before = + - @ and before an apostrophe
 * of the text itself.
 */
export function literalCellValue(text: string): string {
  const clean = cellTextOf(text);
  return FORMULA_START.test(clean) || clean.startsWith("'") ? `'${clean}` : clean;
}

/** A note's or comment's content: line breaks kept, every other control character (tabs, NUL, BEL…) removed. */
export const noteContent = noteText;
