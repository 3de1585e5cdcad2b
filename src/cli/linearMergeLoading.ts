/*
 * ExcelJS (4.x) checks every merge it loads against every merge loaded before it, through Object.keys
 * of a growing object: quadratic. The 项目绩效 sheet of a large budget holds tens of thousands of merged
 * cells (16,800 in the 100× bench workbook: 28 s of a 30 s run). This replaces the loader's merge step
 * with one that finds overlaps through a set of the cells already merged: the same merges, the same
 * cells merged to the same masters, the same error on overlapping merges, in linear time.
 * Node only: the browser build of ExcelJS is a separate bundle this cannot reach.
 */

interface MergeDimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The private parts of ExcelJS's Worksheet this touches (exceljs/lib/doc/worksheet.js). */
interface WorksheetInternals {
  _merges: Record<string, MergeDimensions>;
  mergeCellsWithoutStyle(range: string): void;
  _parseMergeCells(model: { mergeCells?: string[] }): void;
}

let installed = false;

export function installLinearMergeLoading(): void {
  if (installed) return;
  installed = true;
  let proto: WorksheetInternals;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    proto = (require('exceljs/lib/doc/worksheet') as { prototype: WorksheetInternals }).prototype;
  } catch {
    return;
  }
  // Another ExcelJS version: keep its own loader rather than guess at its internals.
  if (typeof proto._parseMergeCells !== 'function' || typeof proto.mergeCellsWithoutStyle !== 'function') return;

  proto._parseMergeCells = function parseMergeCells(this: WorksheetInternals, model): void {
    const all: Record<string, MergeDimensions> = {};
    const merged = new Set<number>();
    for (const range of model.mergeCells ?? []) {
      // With no earlier merge to compare against, ExcelJS's own step does only the merging.
      this._merges = {};
      this.mergeCellsWithoutStyle(range);
      for (const [master, d] of Object.entries(this._merges)) {
        for (let r = d.top; r <= d.bottom; r++) {
          for (let c = d.left; c <= d.right; c++) {
            const key = r * 16385 + c;
            if (merged.has(key)) throw new Error('Cannot merge already merged cells');
            merged.add(key);
          }
        }
        all[master] = d;
      }
    }
    this._merges = all;
  };
}
