import type { Finding, Severity } from '../../src/engine/findings';
import { MARKS_NAMESPACE } from '../../src/excel/markRecord';
import type { MemoryWorkbook } from '../../src/preview/memoryExcel';

/** Every cell's own fill, per sheet, sorted: what clearing must give back exactly. */
export function fillsOf(wb: MemoryWorkbook, sheets?: readonly string[]): string {
  return JSON.stringify(
    wb.sheets
      .filter((s) => !sheets || sheets.includes(s.name))
      .map((s) => {
        const out: Array<[number, number, string]> = [];
        s.forEachCell((r, c, cell) => {
          if (cell.fill !== undefined) out.push([r, c, cell.fill]);
        });
        return [s.name, out.sort((a, b) => a[0] - b[0] || a[1] - b[1])];
      }),
  );
}

/** Values, formulas and number formats of every stored cell of the given sheets, sorted. */
export function contentsOf(wb: MemoryWorkbook, sheets: readonly string[]): string {
  return JSON.stringify(
    wb.sheets
      .filter((s) => sheets.includes(s.name))
      .map((s) => {
        const out: unknown[] = [];
        s.forEachCell((r, c, cell) => {
          if (cell.value !== null || cell.formula !== undefined)
            out.push([r, c, cell.value, cell.formula ?? null, cell.numberFormat ?? null]);
        });
        return [s.name, out.sort((a, b) => String(a).localeCompare(String(b)))];
      }),
  );
}

/** Notes and comments as sheet!row,col=content, sorted (by sheet name: ids change on reopen). */
export function annotationsOf(wb: MemoryWorkbook): string[] {
  return [...wb.notes, ...wb.comments]
    .map((n) => `${wb.sheetById(n.sheetId)?.name ?? n.sheetId}!${n.row},${n.col}=${n.content}`)
    .sort();
}

export function markRecordParts(wb: MemoryWorkbook): number {
  return wb.customXmlParts.filter((p) => p.namespaceUri === MARKS_NAMESPACE).length;
}

export function finding(severity: Severity, cells: Array<[string, string]>, message: string): Finding {
  return {
    ruleId: 'hierarchy-sum',
    family: 'hierarchy',
    severity,
    message,
    cells: cells.map(([sheet, address]) => ({ sheet, address })),
  };
}
