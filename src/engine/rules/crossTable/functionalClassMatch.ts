import type { CodedRow, SummaryLine } from '../../tables/types';
import { normalizeCode } from '../codedTables';

/** A 功能分类 类 code written in a summary label, e.g. '201 一般公共服务支出' → '201'. */
export function classCodeOf(label: string): string | undefined {
  return /(?<!\d)(2\d{2})(?!\d)/.exec(label)?.[1];
}

/** A name compared across tables: no spaces, no 一、/（一）/1. numbering. */
export function comparableName(name: string): string {
  return name
    .replace(/[\s\u3000]/g, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/, '')
    .replace(/^\d{3}/, '');
}

export interface ClassMatch<C extends string> {
  pairs: Array<{ line: SummaryLine; row: CodedRow<C> }>;
  unmatchedLines: SummaryLine[];
  unmatchedRows: CodedRow<C>[];
}

/** Pair summary 功能类 lines with a coded table's 类 rows: by code when the label has one, else by name. */
export function matchClasses<C extends string>(
  lines: readonly SummaryLine[],
  rows: readonly CodedRow<C>[],
): ClassMatch<C> {
  const classRows = rows.filter((r) => r.level === 1);
  const byCode = new Map(classRows.filter((r) => r.code !== '').map((r) => [normalizeCode(r.code), r]));
  const byName = new Map(classRows.map((r) => [comparableName(r.name), r]));
  const used = new Set<CodedRow<C>>();
  const result: ClassMatch<C> = { pairs: [], unmatchedLines: [], unmatchedRows: [] };
  for (const line of lines) {
    const code = classCodeOf(line.label);
    const row = (code ? byCode.get(code) : undefined) ?? byName.get(comparableName(line.name || line.label));
    if (row && !used.has(row)) {
      used.add(row);
      result.pairs.push({ line, row });
    } else result.unmatchedLines.push(line);
  }
  result.unmatchedRows = classRows.filter((r) => !used.has(r));
  return result;
}
