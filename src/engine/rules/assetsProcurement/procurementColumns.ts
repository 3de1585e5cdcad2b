import type { ProcurementColumn } from '../../tables/types';

/** Column names as the procurement table prints them, for messages. */
export const PROCUREMENT_COLUMN_NAMES: Record<ProcurementColumn, string> = {
  budgetFunds: '预算资金',
  unitPrice: '单价',
  total: '合计',
  general: '一般公共预算拨款',
  fund: '基金预算拨款',
  capital: '国有资本经营预算拨款',
  specialAccount: '财政专户核拨',
  unitFunds: '单位资金',
  carryover: '上年结转结余',
  smeShare: '预留中小微企业份额',
};

/** Columns whose 合计 row is the sum of the item rows; 单价 is a price per unit and is not added up. */
export const SUMMED_COLUMNS: readonly ProcurementColumn[] = [
  'budgetFunds',
  'total',
  'general',
  'fund',
  'capital',
  'specialAccount',
  'unitFunds',
  'carryover',
  'smeShare',
];

/** The fund sources that make up a row's 政府采购金额 合计. */
export const SOURCE_COLUMNS: readonly ProcurementColumn[] = [
  'general',
  'fund',
  'capital',
  'specialAccount',
  'unitFunds',
  'carryover',
];
