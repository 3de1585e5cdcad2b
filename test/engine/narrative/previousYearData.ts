import type { BudgetData } from '../../../scripts/samples/budgetData';
import { SEED_000 } from '../../../scripts/samples/seed000';

/**
 * A 2023 workbook made from the seed-000 data with other figures: 预算收支 514.74 (2024 is 130.40 less),
 * 基本支出 350.00, 项目支出 164.74; 三公 3.40 = 出国 0 + 公务用车 2.90 (运维 2.90) + 接待 0.50.
 */
export function previousYearData(): BudgetData {
  const data = structuredClone(SEED_000);
  data.year = 2023;
  data.summary.incomeItems = ['514.74', null, null, null, null];
  data.summary.incomeTotal = '514.74';
  data.summary.grandIncome = '514.74';
  data.summary.expenditureTotal = '514.74';
  data.summary.grandExpenditure = '514.74';
  data.expenditure.total = { total: '514.74', basic: '350.00', project: '164.74' };
  data.threePublic.total = { total: '3.40', general: '3.40' };
  data.threePublic.vehicle = { total: '2.90', general: '2.90' };
  data.threePublic.vehicleOps = { total: '2.90', general: '2.90' };
  data.threePublic.reception = { total: '0.50', general: '0.50' };
  return data;
}
