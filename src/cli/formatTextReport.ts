import type { CheckResult } from '../engine/checkWorkbook';
import { culpritSentence, culpritsInReportOrder } from '../engine/culpritText';
import { SEVERITY_NAMES } from '../engine/findings';
import type { CellRef } from '../engine/grid';
import { TABLE_KIND_NAMES } from '../engine/tableKinds';
import { DOCUMENT_NAMES } from '../engine/templates';

function where(cells: readonly CellRef[]): string {
  if (cells.length === 0) return '';
  const first = cells[0];
  const more = cells.length > 1 ? ` 等 ${cells.length} 处` : '';
  return `${first.sheet}!${first.address}${more}`;
}

/** The readable Chinese report printed without --json. */
export function formatTextReport(file: string, result: CheckResult): string {
  const lines: string[] = [];
  lines.push(`文件：${file}`);
  lines.push(`文档：${DOCUMENT_NAMES[result.document]}　模板：${result.templateName}`);
  const yearLabel = result.document === 'final' ? '决算年度' : '预算年度';
  lines.push(`单位：${result.unit ?? '（未识别）'}　${yearLabel}：${result.year ?? '（未识别）'}`);
  lines.push(`识别到 ${result.tables.length} 张表：`);
  for (const t of result.tables) lines.push(`  · ${TABLE_KIND_NAMES[t.kind]}　${t.sheet}!${t.range}`);
  lines.push(
    result.missingTables.length === 0
      ? '缺少的标准表：无'
      : `缺少的标准表：${result.missingTables.map((k) => TABLE_KIND_NAMES[k]).join('、')}`,
  );
  const s = result.summary;
  lines.push(`审核结果：错误 ${s.error} 项，提示 ${s.warning} 项，尾差/说明 ${s.info} 项`);
  // The diagnosis leads: a reviewer fixes one cell and several findings below go away (issue 10.6).
  for (const c of culpritsInReportOrder(result.diagnosis))
    lines.push(`[${SEVERITY_NAMES[c.severity]}] ${culpritSentence(c)}`);
  for (const f of result.findings) {
    const figures =
      f.expected !== undefined && f.actual !== undefined ? `（应为 ${f.expected}，实为 ${f.actual}）` : '';
    const loc = where(f.cells);
    lines.push(
      `[${SEVERITY_NAMES[f.severity]}] ${loc ? `${loc}　` : ''}${f.message}${f.message.includes('应为') ? '' : figures}　〔${f.ruleId}〕`,
    );
  }
  if (result.findings.length === 0) lines.push('未发现问题。');
  return lines.join('\n');
}
