import type { Severity } from '../engine/findings';
import { NOTE_PREFIX, SEVERITY_FILL } from '../report/reportStyle';
import { NO_FILL, type FillState } from './markRecord';

/** Fill per severity: error red-ish, warning amber, info light blue (Excel's own soft palette). */
export const MARK_COLORS: Record<Severity, string> = SEVERITY_FILL;

export { NOTE_PREFIX };

/**
 * A single cell's fill as loaded. Excel reports "no fill" as color '#FFFFFF' (and pattern null, like a
 * white fill); tintAndShade (ExcelApi 1.9) is null for no fill and a number for a real fill, which tells
 * no fill from white. Without a tint (not asked for), white is taken for no fill.
 */
export function fillStateOf(
  color: string | null,
  tintAndShade: number | null | undefined,
  withTint: boolean,
): FillState {
  const c = (color ?? '#FFFFFF').toUpperCase();
  if (withTint) return tintAndShade === null || tintAndShade === undefined ? NO_FILL : c;
  return c === '#FFFFFF' ? NO_FILL : c;
}
