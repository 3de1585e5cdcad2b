import type { Rule } from '../rule';
import { basicColumns } from './basicColumns';
import { expenditureColumns } from './expenditureColumns';
import { fiscalSummaryColumns } from './fiscalSummaryColumns';
import { functionalColumns } from './functionalColumns';
import { incomeColumns } from './incomeColumns';
import { threePublicColumns } from './threePublicColumns';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [
  incomeColumns,
  expenditureColumns,
  functionalColumns,
  basicColumns,
  fiscalSummaryColumns,
  threePublicColumns,
];
