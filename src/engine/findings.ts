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

/**
 * One change that repairs a finding (issue 10): write `value` into `cell`. For a figure stated in a 情况说明
 * paragraph, `text` is the whole new paragraph (only the figure replaced, every other character as it was) and
 * `cellText` the whole new text of the cell (the same as `text` when the cell holds one paragraph).
 */
export interface FindingFix {
  cell: CellRef;
  /** What the cell should read, in the cell's own unit, as a plain decimal ('37.17'); for text, the new figure. */
  value: string;
  text?: string;
  cellText?: string;
}

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
  /** The one change that repairs this finding (and the others of its diagnosis group), when there is one. */
  fix?: FindingFix;
  /** Other cells whose change would explain this finding equally well, most likely first (cells[0] is the culprit). */
  alternatives?: CellRef[];
}

/**
 * The diagnosis of one group of failing relations: the cell most likely wrong, the change that explains the whole
 * group, and how many findings of the group it explains. 尾差 groups are diagnosed alike but keep severity info.
 */
export interface Culprit {
  cell: CellRef;
  fix?: FindingFix;
  severity: Severity;
  /** How many findings this one change explains. */
  explains: number;
  /** Other cells that explain the group equally, ranked (typed number before formula, leaf before total …). */
  alternatives: CellRef[];
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
