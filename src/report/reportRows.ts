import type { CheckResult } from '../engine/checkWorkbook';
import { cellName, culpritSentence, culpritsInReportOrder } from '../engine/culpritText';
import { FAMILY_NAMES, SEVERITY_NAMES } from '../engine/findings';
import { TABLE_KIND_NAMES } from '../engine/tableKinds';
import { REPORT_SHEET_NAME } from './reportStyle';

export { REPORT_SHEET_NAME };

export const REPORT_HEADER = ['序号', '级别', '类别', '规则', '说明', '涉及单元格', '应为', '实为'];
const MAX_CELLS_LISTED = 20;

/** The 校验报告 sheet as rows of text, every row as wide as the header. */
export function reportRows(result: CheckResult): string[][] {
  const width = REPORT_HEADER.length;
  const pad = (row: string[]): string[] => [...row, ...Array<string>(width - row.length).fill('')];
  const s = result.summary;
  const rows: string[][] = [
    // A 决算 is reported as one: its title and year say so (issue 13).
    pad([result.document === 'final' ? '决算公开审核报告' : '预算公开审核报告']),
    pad([
      `单位：${result.unit ?? '未识别'}`,
      `${result.document === 'final' ? '决算年度' : '预算年度'}：${result.year ?? '未识别'}`,
      `错误 ${s.error} 条`,
      `提示 ${s.warning} 条`,
      `尾差/说明 ${s.info} 条`,
    ]),
    pad([
      result.missingTables.length
        ? `未找到的表：${result.missingTables.map((k) => TABLE_KIND_NAMES[k]).join('、')}`
        : '标准表齐全',
    ]),
    pad([]),
    [...REPORT_HEADER],
  ];
  if (result.findings.length === 0) rows.push(pad(['', '', '', '', '未发现问题']));
  // The diagnosis leads, before the findings it explains (issue 10.6); 序号 numbers the findings only.
  for (const c of culpritsInReportOrder(result.diagnosis)) {
    rows.push([
      '',
      SEVERITY_NAMES[c.severity],
      '最可能出错',
      '',
      culpritSentence(c),
      [c.cell, ...c.alternatives].map(cellName).join('、'),
      c.fix?.value ?? '',
      '',
    ]);
  }
  result.findings.forEach((f, i) => {
    const listed = f.cells.slice(0, MAX_CELLS_LISTED).map((c) => `${c.sheet}!${c.address}`);
    if (f.cells.length > MAX_CELLS_LISTED) listed.push(`等 ${f.cells.length} 个`);
    rows.push([
      String(i + 1),
      SEVERITY_NAMES[f.severity],
      FAMILY_NAMES[f.family],
      f.ruleId,
      f.message,
      listed.join('、'),
      f.expected ?? '',
      f.actual ?? '',
    ]);
  });
  return rows;
}
