import type Decimal from 'decimal.js';
import { tableOf } from '../../tables/types';
import type { FinalExpenditureColumn } from '../../tables/finalTypes';
import type { SectionContext } from '../sectionContext';
import type { NarrativeSection } from '../types';
import { wan } from '../wording';
import { amountOf, spendingTotal } from './finalFigures';
import { shareOf } from './finalWording';

export const EXPENDITURE_TITLE = '支出决算情况说明';

/** The spending columns of 表3 as the text names them. 基本支出 and 项目支出 are always stated. */
const COLUMNS: ReadonlyArray<readonly [Exclude<FinalExpenditureColumn, 'total'>, string, boolean]> = [
  ['basic', '基本支出', true],
  ['project', '项目支出', true],
  ['toSuperior', '上缴上级支出', false],
  ['operating', '经营支出', false],
  ['toAffiliated', '对附属单位补助支出', false],
];

/**
 * 三、'本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%。' — 表3 合计
 * row; 基本支出 and 项目支出, and any other column that is not zero, each with its share.
 */
export function expenditureSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const base = { id: 'expenditure', title: EXPENDITURE_TITLE, headings: [`三、${EXPENDITURE_TITLE}`], notes } as const;
  const total = spendingTotal(ctx.workbook);
  if (!total) {
    notes.push('工作簿中没有支出决算表，本年支出合计无从取数');
    return { ...base, text: '（缺少支出决算表，无法说明本年支出。）' };
  }
  const row = tableOf(ctx.workbook, 'final_expenditure')?.total;
  if (!row) notes.push('支出决算表缺少合计行：基本支出、项目支出无从取数');
  const parts = COLUMNS.flatMap(([c, name, always]) => {
    const v: Decimal | undefined = amountOf(row?.values[c]);
    return v && (always || !v.isZero()) ? [`${name}${wan(v)}${shareOf(v, total)}`] : [];
  });
  const text = parts.length ? `本年支出合计${wan(total)}，其中：${parts.join('；')}。` : `本年支出合计${wan(total)}。`;
  return { ...base, text };
}
