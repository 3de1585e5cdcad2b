import type { FindingFix } from '../engine/findings';
import type { CellRef } from '../engine/grid';
import type { FixCellValue } from './fixRecord';

/** One fix written: the cell and what it held before and holds now. */
export interface AppliedFix {
  cell: CellRef;
  old: FixCellValue;
  new: FixCellValue;
}

/** A fix not written, with the reason in Chinese; `formula` when the cell holds a formula. */
export interface RefusedFix {
  fix: FindingFix;
  reason: string;
  formula: boolean;
}

export interface ApplyFixesResult {
  applied: AppliedFix[];
  refused: RefusedFix[];
}

export interface UndoFixesResult {
  /** Cells given back the value and number format they had before 修正. */
  restored: CellRef[];
  /** Cells changed since 修正 (by the user): left as they are. */
  changed: CellRef[];
  /** Fixes on protected sheets, still recorded for a later 撤销修正. */
  kept: number;
}
