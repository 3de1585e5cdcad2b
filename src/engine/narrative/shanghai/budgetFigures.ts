import type Decimal from 'decimal.js';
import { tableOf, type BudgetWorkbook } from '../../tables/types';
import { codedTotal, settleTotal, valueOf } from '../tableTotal';

/** The figures of the Shanghai 编制说明, in 万元; each is undefined when its table is missing. */
export interface ShanghaiBudgetFigures {
  /** 收入预算 and its parts: the 收入总表 合计 row (else the 收支总表 收入总计). */
  income?: Decimal;
  fiscalIncome?: Decimal;
  business?: Decimal;
  operating?: Decimal;
  other?: Decimal;
  /** 支出预算: the 支出总表 合计 (else the 收支总表 支出总计). */
  expenditure?: Decimal;
  /** 财政拨款支出预算: the 财政拨款收支总表 支出总计 (else the sum of its three parts). */
  fiscalExpenditure?: Decimal;
  /** 一般公共预算 / 政府性基金 / 国有资本经营预算拨款支出: the 合计 of tables 5, 6 and 7. */
  general?: Decimal;
  fund?: Decimal;
  capital?: Decimal;
}

export function shanghaiBudgetFigures(wb: BudgetWorkbook, notes: string[]): ShanghaiBudgetFigures {
  const f: ShanghaiBudgetFigures = {};
  const summary = tableOf(wb, 'income_expenditure_summary');
  const fiscalSummary = tableOf(wb, 'fiscal_summary');
  const income = tableOf(wb, 'income');
  if (income) {
    const what = (column: string) => `${income.title.text}“${column}”合计`;
    f.income = codedTotal(income, 'total', what('合计'), notes);
    f.fiscalIncome = codedTotal(income, 'fiscal', what('财政拨款收入'), notes);
    f.business = codedTotal(income, 'business', what('事业收入'), notes);
    f.operating = codedTotal(income, 'operating', what('事业单位经营收入'), notes);
    f.other = codedTotal(income, 'other', what('其他收入'), notes);
  } else if (summary?.grandIncome) {
    f.income = valueOf(summary.grandIncome.values.amount);
    f.fiscalIncome = fiscalSummary?.grandIncome ? valueOf(fiscalSummary.grandIncome.values.amount) : undefined;
    notes.push('工作簿中没有部门收入预算总表，收入各项取自收支总表（事业收入等未能分列）');
  }

  const spending = tableOf(wb, 'expenditure');
  if (spending) f.expenditure = codedTotal(spending, 'total', `${spending.title.text}合计`, notes);
  else if (summary?.grandExpenditure) f.expenditure = valueOf(summary.grandExpenditure.values.total);

  const grand = fiscalSummary?.grandExpenditure?.values;
  const part = (kind: 'general_budget_expenditure' | 'gov_fund_expenditure' | 'state_capital_expenditure') => {
    const t = tableOf(wb, kind);
    return t ? codedTotal(t, 'total', `${t.title.text}合计`, notes) : undefined;
  };
  f.general = part('general_budget_expenditure') ?? (grand?.general && valueOf(grand.general));
  f.fund = part('gov_fund_expenditure') ?? (grand?.fund && valueOf(grand.fund));
  f.capital = part('state_capital_expenditure') ?? (grand?.capital && valueOf(grand.capital));
  const parts = [f.general, f.fund, f.capital].filter((d): d is Decimal => d !== undefined);
  if (grand?.total) {
    f.fiscalExpenditure = settleTotal(`${fiscalSummary?.title.text ?? ''}“支出总计”`, grand.total, parts, notes);
  } else if (parts.length) {
    f.fiscalExpenditure = parts.reduce((a, b) => a.plus(b));
  }
  return f;
}
