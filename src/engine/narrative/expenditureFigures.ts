import type Decimal from 'decimal.js';
import { tableOf, type BudgetWorkbook } from '../tables/types';
import { summaryTableOf } from './incomeFigures';
import { codedTotal, settleTotal, valueOf } from './tableTotal';

/** The spending figures the 支出说明 states; each is undefined when its table is missing. */
export interface ExpenditureFigures {
  /** 本年支出合计 of the 收支总表 (else the 支出总表 合计). */
  total?: Decimal;
  /** 基本支出 / 项目支出: 支出总表 合计行 (else the 一般公共预算支出表). */
  basic?: Decimal;
  project?: Decimal;
  /** 人员经费 / 公用经费: 基本支出表 合计行. */
  personnel?: Decimal;
  public?: Decimal;
}

export function expenditureFigures(wb: BudgetWorkbook, notes: string[]): ExpenditureFigures {
  const figures: ExpenditureFigures = {};
  const byFunction = tableOf(wb, 'expenditure') ?? tableOf(wb, 'general_budget_expenditure');
  const summary = summaryTableOf(wb);
  if (summary?.expenditureTotal) {
    const parts = summary.expenditureRows.map((r) => valueOf(r.values.total));
    const name = summary.title.text || '收支总表';
    figures.total = settleTotal(`${name}“本年支出合计”`, summary.expenditureTotal.values.total, parts, notes);
  } else if (byFunction) {
    figures.total = codedTotal(byFunction, 'total', `${byFunction.title.text}合计`, notes);
  }
  if (byFunction) {
    figures.basic = codedTotal(byFunction, 'basic', `${byFunction.title.text}“基本支出”合计`, notes);
    figures.project = codedTotal(byFunction, 'project', `${byFunction.title.text}“项目支出”合计`, notes);
  }
  const basic = tableOf(wb, 'basic_expenditure');
  if (basic) {
    figures.personnel = codedTotal(basic, 'personnel', `${basic.title.text}“人员经费”合计`, notes);
    figures.public = codedTotal(basic, 'public', `${basic.title.text}“公用经费”合计`, notes);
  }
  return figures;
}
