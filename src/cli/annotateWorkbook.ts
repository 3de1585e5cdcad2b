import type ExcelJS from 'exceljs';
import { SEVERITY_NAMES, type Finding, type Severity } from '../engine/findings';
import { noteText } from '../engine/plainText';
import { NOTE_PREFIX, SEVERITY_FILL } from '../report/reportStyle';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

interface CellMark {
  severity: Severity;
  messages: string[];
}

/** Group findings by cell: a cell in several findings gets the most severe fill and every message. */
export function collectCellMarks(findings: readonly Finding[]): Map<string, Map<string, CellMark>> {
  const bySheet = new Map<string, Map<string, CellMark>>();
  for (const f of findings) {
    for (const c of f.cells) {
      let sheet = bySheet.get(c.sheet);
      if (!sheet) bySheet.set(c.sheet, (sheet = new Map()));
      const mark = sheet.get(c.address);
      const line = `[${SEVERITY_NAMES[f.severity]}] ${f.message}`;
      if (!mark) sheet.set(c.address, { severity: f.severity, messages: [line] });
      else {
        if (RANK[f.severity] > RANK[mark.severity]) mark.severity = f.severity;
        if (!mark.messages.includes(line)) mark.messages.push(line);
      }
    }
  }
  return bySheet;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function existingNote(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (!n) return '';
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: Array<{ text?: string }> }).texts;
  return texts ? texts.map((t) => t.text ?? '').join('') : '';
}

/** Fill and annotate the cells of the findings in an ExcelJS workbook (the copy the CLI writes). */
export function markCells(excel: ExcelJS.Workbook, findings: readonly Finding[]): number {
  let marked = 0;
  for (const [sheetName, marks] of collectCellMarks(findings)) {
    const ws = excel.getWorksheet(sheetName);
    if (!ws) continue;
    for (const [address, mark] of marks) {
      const cell = ws.getCell(address);
      const target = cell.isMerged ? cell.master : cell;
      // ExcelJS shares one style object among cells loaded with the same style: give this cell its own copy,
      // or the fill would land on every cell of that style.
      target.style = {
        ...target.style,
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(SEVERITY_FILL[mark.severity]) } },
      };
      const own = existingNote(target);
      const ours = `${NOTE_PREFIX}\n${mark.messages.join('\n')}`;
      target.note = noteText(own ? `${own}\n${ours}` : ours);
      marked++;
    }
  }
  return marked;
}
