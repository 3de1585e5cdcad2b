import type ExcelJS from 'exceljs';
import type { CheckResult } from '../engine/checkWorkbook';
import { cellName, culpritSentence, culpritsInReportOrder } from '../engine/culpritText';
import { SEVERITY_NAMES, type Finding, type Severity } from '../engine/findings';
import { cellParagraph, noteText } from '../engine/plainText';
import { TABLE_KIND_NAMES } from '../engine/tableKinds';
import { NOTE_PREFIX, REPORT_SHEET_NAME, SEVERITY_FILL } from '../report/reportStyle';

export const REPORT_SHEET = REPORT_SHEET_NAME;
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

/** Add (or replace) the 校验报告 sheet listing every finding. Values are plain strings, never formulas. */
export function writeReportSheet(excel: ExcelJS.Workbook, file: string, result: CheckResult): void {
  const old = excel.getWorksheet(REPORT_SHEET);
  if (old) excel.removeWorksheet(old.id);
  const ws = excel.addWorksheet(REPORT_SHEET);
  ws.columns = [
    { header: '级别', key: 'severity', width: 10 },
    { header: '规则', key: 'rule', width: 26 },
    { header: '位置', key: 'where', width: 30 },
    { header: '说明', key: 'message', width: 90 },
    { header: '应为', key: 'expected', width: 12 },
    { header: '实为', key: 'actual', width: 12 },
  ];
  ws.getRow(1).font = { bold: true };
  // The diagnosis leads, before the findings it explains (issue 10.6).
  for (const c of culpritsInReportOrder(result.diagnosis)) {
    ws.addRow({
      severity: SEVERITY_NAMES[c.severity],
      rule: '最可能出错',
      where: cellParagraph([c.cell, ...c.alternatives].map(cellName).join('，')),
      message: cellParagraph(culpritSentence(c)),
      expected: c.fix?.value ?? '',
      actual: '',
    });
  }
  for (const f of result.findings) {
    ws.addRow({
      severity: SEVERITY_NAMES[f.severity],
      rule: f.ruleId,
      where: cellParagraph(f.cells.map((c) => `${c.sheet}!${c.address}`).join('，')),
      message: cellParagraph(f.message),
      expected: f.expected ?? '',
      actual: f.actual ?? '',
    });
  }
  ws.addRow({});
  const s = result.summary;
  ws.addRow({ severity: '合计', message: `错误 ${s.error} 项，提示 ${s.warning} 项，尾差/说明 ${s.info} 项` });
  ws.addRow({
    severity: '文件',
    message: cellParagraph(`${file}（${result.unit ?? '单位未识别'}，${result.year ?? '年度未识别'}）`),
  });
  if (result.missingTables.length > 0) {
    ws.addRow({ severity: '缺表', message: result.missingTables.map((k) => TABLE_KIND_NAMES[k]).join('、') });
  }
}
