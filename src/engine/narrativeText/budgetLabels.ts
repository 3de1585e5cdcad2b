/**
 * The figures a 情况说明 names, and the words it names them with (BRIEF §3 family 8, §4).
 * Patterns run on text normalised by normalizeParagraph (ASCII parentheses and punctuation).
 */
export type BudgetLabelKey =
  | 'incomeTotal'
  | 'budgetTotal'
  | 'fiscalIncome'
  | 'generalIncome'
  | 'fundIncome'
  | 'capitalIncome'
  | 'specialAccountIncome'
  | 'unitFundsIncome'
  | 'carryIn'
  | 'businessIncome'
  | 'operatingIncome'
  | 'otherIncome'
  | 'expenditureTotal'
  | 'fiscalExpenditure'
  | 'generalExpenditure'
  | 'fundExpenditure'
  | 'capitalExpenditure'
  | 'basic'
  | 'project'
  | 'personnel'
  | 'public'
  | 'operatingCosts'
  | 'threePublic'
  | 'outbound'
  | 'vehicle'
  | 'vehiclePurchase'
  | 'vehicleOps'
  | 'reception'
  | 'fixedAssets'
  | 'procurement';

export interface BudgetLabel {
  key: BudgetLabelKey;
  /** Chinese name for messages. */
  name: string;
  pattern: RegExp;
}

/** Order does not matter: the label ending nearest the amount wins, then the longest one. */
export const BUDGET_LABELS: readonly BudgetLabel[] = [
  { key: 'incomeTotal', name: '预算收入', pattern: /(?:部门)?预算收入|收入预算|本年收入合计|收入总计/g },
  { key: 'budgetTotal', name: '预算收支', pattern: /预算收支(?:总额|总计)?|收支预算(?:总额)?/g },
  { key: 'fiscalIncome', name: '财政拨款收入', pattern: /财政拨款收入/g },
  {
    key: 'generalIncome',
    name: '一般公共预算收入',
    pattern: /一般公共预算(?:财政)?拨款(?:收入)?|一般公共预算收入/g,
  },
  {
    key: 'fundIncome',
    name: '政府性基金预算收入',
    pattern: /(?:政府性)?基金预算(?:财政)?(?:拨款)?收入|政府性基金(?:预算)?拨款(?:收入)?|政府性基金收入/g,
  },
  {
    key: 'capitalIncome',
    name: '国有资本经营预算收入',
    pattern: /国有资本经营预算(?:财政)?(?:拨款)?收入|国有资本经营预算拨款/g,
  },
  {
    key: 'specialAccountIncome',
    name: '财政专户核拨收入',
    pattern: /财政专户(?:核拨|管理资金|管理)?收入|财政专户核拨/g,
  },
  { key: 'unitFundsIncome', name: '单位资金', pattern: /其他来源收入|单位资金(?:收入)?/g },
  { key: 'carryIn', name: '上年结转', pattern: /上年结转(?:结余|和结余)?(?:收入|资金)?/g },
  // Shanghai's 编制说明 names the 收入 columns of table 2 and the 财政拨款 支出 columns of table 4 one by one.
  { key: 'businessIncome', name: '事业收入', pattern: /事业收入/g },
  { key: 'operatingIncome', name: '事业单位经营收入', pattern: /事业单位经营收入/g },
  { key: 'otherIncome', name: '其他收入', pattern: /其他收入/g },
  { key: 'fiscalExpenditure', name: '财政拨款支出预算', pattern: /财政拨款支出预算/g },
  { key: 'generalExpenditure', name: '一般公共预算拨款支出预算', pattern: /一般公共预算(?:财政)?拨款支出预算/g },
  { key: 'fundExpenditure', name: '政府性基金拨款支出预算', pattern: /政府性基金(?:预算)?(?:财政)?拨款支出预算/g },
  {
    key: 'capitalExpenditure',
    name: '国有资本经营预算拨款支出预算',
    pattern: /国有资本经营预算(?:财政)?拨款支出预算/g,
  },
  { key: 'expenditureTotal', name: '支出预算', pattern: /支出预算|预算支出|本年支出合计|支出总计/g },
  { key: 'basic', name: '基本支出', pattern: /基本支出/g },
  { key: 'project', name: '项目支出', pattern: /项目支出/g },
  { key: 'personnel', name: '人员经费', pattern: /人员经费|人员类(?:项目)?(?:经费|支出)/g },
  { key: 'public', name: '日常公用经费', pattern: /(?:日常)?公用经费|运转类公用(?:项目)?(?:经费|支出)/g },
  { key: 'operatingCosts', name: '机关运行经费', pattern: /机关运行经费/g },
  { key: 'threePublic', name: '“三公”经费', pattern: /三公["”'’]?经费/g },
  {
    key: 'outbound',
    name: '因公出国（境）费',
    pattern: /(?:因公)?出国\(境\)(?:费用|经费|费)|因公出国(?:费用|经费|费)/g,
  },
  {
    key: 'vehicle',
    name: '公务用车购置及运维费',
    pattern: /公务用车购置(?:及|和|与)运(?:行)?(?:维护|维)?(?:费用|经费|费)|公务用车费/g,
  },
  {
    key: 'vehiclePurchase',
    name: '公务用车购置费',
    pattern: /公务用车购置(?:费用|经费|费)?|公务购车(?:费用|经费|费)?/g,
  },
  { key: 'vehicleOps', name: '公务用车运行维护费', pattern: /公务用车运(?:行)?(?:维护|维修|维)?(?:费用|经费|费)/g },
  { key: 'reception', name: '公务接待费', pattern: /公务接待(?:费用|经费|费)?/g },
  { key: 'fixedAssets', name: '上年末固定资产', pattern: /固定资产/g },
  { key: 'procurement', name: '政府采购预算', pattern: /拟购置固定资产|拟购置资产|政府采购(?:预算)?/g },
];

export function budgetLabel(key: BudgetLabelKey): BudgetLabel {
  const label = BUDGET_LABELS.find((l) => l.key === key);
  if (!label) throw new Error(`unknown label ${key}`);
  return label;
}
