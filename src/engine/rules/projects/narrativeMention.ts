import Decimal from 'decimal.js';
import { toHalfWidth } from '../../amount';
import type { BudgetWorkbook, TextCell } from '../../tables/types';
import { tablesOf } from '../../tables/types';

/** A paragraph of the 情况说明 that names a project with an amount, e.g. '网络执法0.2万元'. */
export interface NarrativeMention {
  paragraph: TextCell;
  value: Decimal;
  /** The words as the text writes them, for messages. */
  quote: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text often drops a trailing 费/经费/费用 of the project name ('网络设备维护费' → '网络设备维护'). */
function nameVariants(name: string): string[] {
  const full = name.replace(/\s/g, '');
  const short = full.replace(/(工作经费|专项经费|经费|费用|费)$/, '');
  return short.length >= 2 && short !== full ? [full, short] : [full];
}

/** The first paragraph that names the project followed closely by an amount in 万元. */
export function findNarrativeMention(workbook: BudgetWorkbook, projectName: string): NarrativeMention | null {
  if (projectName.trim() === '') return null;
  for (const name of nameVariants(projectName)) {
    // Name, then up to 8 characters that are neither digits nor punctuation, then the amount.
    const pattern = new RegExp(`${escapeRegExp(name)}[^0-9，。；、,;：:（）()]{0,8}?(\\d+(?:\\.\\d+)?)万元`);
    for (const table of tablesOf(workbook, 'narrative')) {
      for (const paragraph of table.paragraphs) {
        const m = pattern.exec(toHalfWidth(paragraph.text).replace(/\s/g, ''));
        if (m) return { paragraph, value: new Decimal(m[1]), quote: m[0] };
      }
    }
  }
  return null;
}
