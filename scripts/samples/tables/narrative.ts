import type { BudgetData } from '../budgetData';
import type { TableContext } from '../tableWriter';

/** The 情况说明: one paragraph per row in the table's first column; a small table's row spreads across columns. */
export function layoutNarrative(ctx: TableContext, top: number, left: number, data: BudgetData): number {
  let row = top;
  for (const item of data.narrative) {
    if (typeof item === 'string') {
      ctx.sheet.text(row, left, item, { wrap: true, align: 'left' }, false);
    } else {
      item.forEach((text, c) => ctx.sheet.text(row, left + c, text, { border: true }, c > 0));
    }
    row++;
  }
  ctx.sheet.fit(left, 0);
  ctx.sheet.widths[left] = 100; // paragraphs wrap in one wide column
  return row;
}
