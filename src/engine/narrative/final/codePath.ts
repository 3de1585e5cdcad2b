import type { CodedRow } from '../../tables/types';
import { cleanName } from './finalFigures';

/**
 * '一般公共服务支出（类）财政事务（款）行政运行（项）': the names on a 项's code path, from the rows of the same
 * table (the 类 and 款 rows above it); a level the table does not print is left out.
 */
export function codePathName<C extends string>(rows: ReadonlyArray<CodedRow<C>>, item: CodedRow<C>): string {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const parts: string[] = [];
  const cls = byCode.get(item.code.slice(0, 3));
  const seg = byCode.get(item.code.slice(0, 5));
  if (cls && cls !== item) parts.push(`${cleanName(cls.name)}（类）`);
  if (seg && seg !== item && item.level === 3) parts.push(`${cleanName(seg.name)}（款）`);
  parts.push(`${cleanName(item.name)}（${['', '类', '款', '项'][item.level]}）`);
  return parts.join('');
}
