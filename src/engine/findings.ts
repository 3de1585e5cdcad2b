import type { CellRef } from './grid';
import type { TableKind } from './tableKinds';

/** error = 强制性审核, warning = 提示性审核, info = 尾差 and notes. */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_NAMES: Record<Severity, string> = {
  error: '错误',
  warning: '提示',
  info: '尾差/说明',
};

/** The nine check families of BRIEF §3. */
export type RuleFamily =
  | 'hierarchy'
  | 'columns'
  | 'summary'
  | 'cross-table'
  | 'economic'
  | 'projects'
  | 'assets-procurement'
  | 'narrative'
  | 'hygiene';

export const FAMILY_NAMES: Record<RuleFamily, string> = {
  hierarchy: '表内层级',
  columns: '表内列间',
  summary: '总表平衡',
  'cross-table': '表间核对',
  economic: '经济分类',
  projects: '项目绩效',
  'assets-procurement': '资产与采购',
  narrative: '说明与表格',
  hygiene: '工作簿规范',
};

export interface Finding {
  ruleId: string;
  family: RuleFamily;
  severity: Severity;
  /** Chinese, one sentence, names the figures. */
  message: string;
  /** Every involved cell, the most likely wrong one first. */
  cells: CellRef[];
  /** The table the first cell belongs to, when there is one. */
  table?: TableKind;
  /** What the figure should be, as printed (万元 two decimals), when the rule computes one. */
  expected?: string;
  /** What the figure is. */
  actual?: string;
}

export interface FindingSummary {
  error: number;
  warning: number;
  info: number;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  const s: FindingSummary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by sheet order of the first cell as given, then rule id: stable output for reports. */
export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const pos = (f: Finding): [number, number, number] => {
    const c = f.cells[0];
    if (!c) return [Number.MAX_SAFE_INTEGER, 0, 0];
    const m = /^([A-Z]+)(\d+)$/.exec(c.address);
    const col = m ? m[1].length * 100 + m[1].charCodeAt(m[1].length - 1) : 0;
    return [sheetIndex.get(c.sheet) ?? Number.MAX_SAFE_INTEGER, m ? Number(m[2]) : 0, col];
  };
  return findings
    .map((f, i) => ({ f, i, p: pos(f) }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.p[0] - b.p[0] ||
        a.p[1] - b.p[1] ||
        a.p[2] - b.p[2] ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

/** Cell fills for marked cells, Excel's own 差/适中 style colours so they read as familiar. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};
