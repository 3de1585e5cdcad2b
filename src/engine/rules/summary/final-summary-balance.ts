import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';
import { finalSummaries } from './finalSummaryTables';

/** 决算 F3: income 总计 = expenditure 总计 (表4: its 合计 column), the same balance stated twice: no envelope. */
export const finalSummaryBalanceRule: Rule = {
  id: 'final-summary-balance',
  family: 'summary',
  document: 'final',
  severity: 'error',
  title: '收入支出决算总表、财政拨款收入支出决算总表：收入总计等于支出总计',
  check: (ctx) =>
    finalSummaries(ctx.workbook).flatMap((t): Finding[] => {
      const income = t.incomeGrand?.values.amount;
      const spend = t.expenditureGrand?.values.total;
      if (!income || !spend) return [];
      // The expenditure side is named first: its 年末 line is the one a unit balances the table with.
      const f = relateFigures({
        rule: finalSummaryBalanceRule,
        ctx,
        table: t.kind,
        left: [spend],
        right: [income],
        describe: `${TABLE_KIND_NAMES[t.kind]}：支出总计 应等于 收入总计`,
      });
      return f ? [f] : [];
    }),
};
