import type Decimal from 'decimal.js';
import { tableOf } from '../../tables/types';
import type { FinalIncomeColumn, FinalIncomeRole } from '../../tables/finalTypes';
import type { SectionContext } from '../sectionContext';
import { sum } from '../tableTotal';
import type { NarrativeSection } from '../types';
import { wan } from '../wording';
import { amountOf, lineAmount } from './finalFigures';
import { shareOf } from './finalWording';

export const INCOME_TITLE = '收入决算情况说明';

/** The sources of 表2 as the text names them, in the table's column order. */
const SOURCES: ReadonlyArray<readonly [Exclude<FinalIncomeColumn, 'total'>, string]> = [
  ['fiscal', '财政拨款收入'],
  ['superior', '上级补助收入'],
  ['business', '事业收入'],
  ['operating', '经营收入'],
  ['affiliated', '附属单位上缴收入'],
  ['other', '其他收入'],
];

/** The same sources on 表1 (财政拨款 is its first three items). */
const T1_ROLES: Record<Exclude<FinalIncomeColumn, 'total'>, readonly FinalIncomeRole[]> = {
  fiscal: ['general', 'fund', 'capital'],
  superior: ['superior'],
  business: ['business'],
  operating: ['operating'],
  affiliated: ['affiliated'],
  other: ['other'],
};

/**
 * 二、'本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.20万元，占0.21%。' — 表2 合计
 * row (else 表1's items), every non-zero source with its share of 本年收入合计.
 */
export function incomeSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const base = { id: 'income', title: INCOME_TITLE, headings: [`二、${INCOME_TITLE}`], notes } as const;
  const t2 = tableOf(ctx.workbook, 'final_income');
  const t1 = tableOf(ctx.workbook, 'final_income_expenditure_summary');
  let total: Decimal | undefined;
  let parts: Array<[string, Decimal]>;
  if (t2?.total) {
    total = amountOf(t2.total.values.total);
    parts = SOURCES.map(([c, name]) => [name, amountOf(t2.total?.values[c])] as const).flatMap(([n, v]) =>
      v ? [[n, v] as [string, Decimal]] : [],
    );
  } else if (t1) {
    notes.push('收入决算表缺少合计行，收入来源取自收入支出决算总表');
    total = lineAmount(t1.incomeTotal, 'amount');
    parts = SOURCES.map(([c, name]) => {
      const lines = t1.incomeItems.filter((i) => T1_ROLES[c].includes(i.role));
      return [name, sum(lines.map((l) => lineAmount(l, 'amount') ?? sum([])))] as [string, Decimal];
    });
  } else parts = [];
  total ??= parts.length ? sum(parts.map(([, v]) => v)) : undefined;
  if (!total) {
    notes.push('工作簿中没有收入决算表或收入支出决算总表，本年收入合计无从取数');
    return { ...base, text: '（缺少收入决算表，无法说明本年收入。）' };
  }
  const whole = total;
  const listed = parts.filter(([, v]) => !v.isZero()).map(([n, v]) => `${n}${wan(v)}${shareOf(v, whole)}`);
  const text = listed.length
    ? `本年收入合计${wan(whole)}，其中：${listed.join('；')}。`
    : `本年收入合计${wan(whole)}。`;
  return { ...base, text };
}
