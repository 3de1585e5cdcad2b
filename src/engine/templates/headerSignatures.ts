import type { HeaderSignature } from './types';

/**
 * Header words that tell a table's kind where its title is missing (a 表1 published under '部门预算公开表' only).
 * Matched against header cells with spaces removed; each pattern must take a cell of its own.
 */

/** 收入/支出 项目 + 预算数 side by side, with 本年收入合计 or 收入总计 below: the 收支总表 of either template. */
export const SUMMARY_HEADER: HeaderSignature = {
  kind: 'income_expenditure_summary',
  header: [/^项目$/, /^项目$/, /^预算数$/, /^预算数$/],
  rows: [/^(本年收入合计|收入总计)$/],
};

/** 项目 + 金额/预算数 on the 收入 side, 合计 and the three 财政拨款 columns on the 支出 side. */
export const FISCAL_SUMMARY_HEADER: HeaderSignature = {
  kind: 'fiscal_summary',
  header: [/^项目$/, /^项目$/, /^(金额|预算数)$/, /^合计$/, /一般公共预算/, /政府性基金/, /国有资本经营/],
  rows: [/^收入总计$/],
};

/** 科目编码 + 科目名称 + 合计 with 本年收入 (Hebei) or 财政拨款收入 (Shanghai) columns. */
export const INCOME_HEADER: HeaderSignature = {
  kind: 'income',
  header: [/科目编码$/, /科目名称$/, /^合计$/, /^(本年收入|财政拨款收入)$/],
};

/** 经济分类科目 with 人员经费 and 公用经费 columns. */
export const BASIC_EXPENDITURE_HEADER: HeaderSignature = {
  kind: 'basic_expenditure',
  header: [/经济分类科目/, /^人员经费$/, /^公用经费$/],
};

/** 功能分类 columns 合计 / 基本支出 / 项目支出, plus the column or band only one kind of table has. */
export function functionalHeader(kind: HeaderSignature['kind'], distinct: RegExp): HeaderSignature {
  return { kind, header: [/科目编码$/, /科目名称$/, /^合计$/, /^基本支出$/, /^项目支出$/, distinct] };
}
