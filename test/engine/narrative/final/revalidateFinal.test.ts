/**
 * The generated 决算 情况说明 passes the 决算 narrative checks: the 财政局 2024 tables with the generated block as
 * their 情况说明 (with last year and the 年初预算, so every figure and rate is written) give no narrative error.
 */
import Decimal from 'decimal.js';
import { generateNarrative } from '../../../../src/engine/narrative';
import { narrativeBlockRows } from '../../../../src/engine/narrative/narrativeBlock';
import { rules } from '../../../../src/engine/rules/narrative';
import { narrativeSheet } from './typedFinalTables';
import { contextOf } from '../../../helpers/ruleContextBuilder';
import { czjTables, czjWorkbook } from './czjTables';

const previous = {
  year: 2023,
  grandTotal: new Decimal('3052.34'),
  fiscalGrandTotal: new Decimal('2900.00'),
  general: new Decimal('3003.19'),
  operatingCosts: new Decimal('182.10'),
  threePublicActual: {
    total: new Decimal('0.50'),
    outbound: new Decimal(0),
    vehicle: new Decimal(0),
    reception: new Decimal('0.50'),
  },
};
/** The 财政局's 2024 年初预算 of its eleven 项 as its text states them; their sum is the 合计. */
const ITEM_BUDGETS = [
  ['2010601', '1560.05'],
  ['2010602', '10.00'],
  ['2010607', '135.90'],
  ['2010608', '450.52'],
  ['2080501', '85.55'],
  ['2080505', '161.62'],
  ['2080506', '80.81'],
  ['2080599', '0.94'],
  ['2101101', '62.29'],
  ['2210201', '187.75'],
  ['2210203', '258.50'],
] as const;
const budget = {
  source: '手工填写',
  general: {
    total: { value: new Decimal('2993.93') },
    byCode: new Map(ITEM_BUDGETS.map(([code, v]) => [code, { value: new Decimal(v) }])),
  },
};

function findingsFor(options: Parameters<typeof generateNarrative>[1]) {
  const rows = narrativeBlockRows(generateNarrative(czjWorkbook(), options));
  const narrative = narrativeSheet(['第三部分 上海市普陀区财政局2024年度部门决算情况说明', ...rows]);
  const ctx = contextOf([...czjTables, narrative], {
    workbook: { template: 'shanghai-final', unitName: '上海市普陀区财政局', year: 2024 },
  });
  return rules.filter((r) => r.id.startsWith('final-narrative')).flatMap((r) => r.check(ctx));
}

describe('the generated 决算 narrative re-validates', () => {
  it.each([
    ['with last year and the 年初预算', { previous, budget }],
    ['without them (placeholders)', {}],
  ])('%s: no narrative error or warning on a figure the generator wrote', (_name, options) => {
    const findings = findingsFor(options).filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
