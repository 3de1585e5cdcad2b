/**
 * The 决算 narrative rules on typed tables built in code and a 情况说明 written to JUESUAN.md §5's patterns: each
 * rule quiet when text and tables agree, and reporting when either side (the stated figure, the table figure) is
 * changed.
 */
import type { Finding } from '../../../../src/engine/findings';
import type { Rule } from '../../../../src/engine/rules/rule';
import { rules } from '../../../../src/engine/rules/narrative';
import { finalNarrativeAmount } from '../../../../src/engine/rules/narrative/final-narrative-amount';
import { finalNarrativeBudgetItems } from '../../../../src/engine/rules/narrative/final-narrative-budget-items';
import { finalNarrativeGrowth } from '../../../../src/engine/rules/narrative/final-narrative-growth';
import { finalNarrativeListedNames } from '../../../../src/engine/rules/narrative/final-narrative-listed-names';
import { finalNarrativeNone } from '../../../../src/engine/rules/narrative/final-narrative-none';
import { finalNarrativeOperatingCosts } from '../../../../src/engine/rules/narrative/final-narrative-operating-costs';
import { finalNarrativePercent } from '../../../../src/engine/rules/narrative/final-narrative-percent';
import { finalNarrativeSum } from '../../../../src/engine/rules/narrative/final-narrative-sum';
import { narrativeTemplateText } from '../../../../src/engine/rules/narrative/narrativeTemplateText';
import type {
  FinalBasicExpenditureTable,
  FinalFiscalSummaryTable,
  FinalThreePublicTable,
} from '../../../../src/engine/tables/finalTypes';
import type { TypedTable } from '../../../../src/engine/tables/types';
import { figure, textCell } from '../../../helpers/figures';
import { narrativeTable } from '../../../helpers/narrativeBuilders';
import { contextOf, tableBase } from '../../../helpers/ruleContextBuilder';
import { codedTable, type Cell } from '../../../helpers/typedTableBuilders';

interface Figures {
  t4Total: Cell;
  t5: Array<[string, string, Cell, Cell, Cell]>;
  t6: Array<[string, string, Cell]>;
  publicTotal: Cell;
  personnelTotal: Cell;
  t7Budget: { total: Cell; outbound: Cell; vehicle: Cell; reception: Cell };
  t7Actual: { total: Cell; outbound: Cell; vehicle: Cell; reception: Cell };
}

const FIGURES: Figures = {
  t4Total: '300.00',
  t5: [
    ['', '合计', '250.00', '200.00', '50.00'],
    ['201', '一般公共服务支出', '200.00', '150.00', '50.00'],
    ['20106', '财政事务', '200.00', '150.00', '50.00'],
    ['2010601', '行政运行', '150.00', '150.00', null],
    ['2010602', '一般行政管理事务', '50.00', null, '50.00'],
    ['221', '住房保障支出', '50.00', '50.00', null],
    ['22102', '住房改革支出', '50.00', '50.00', null],
    ['2210201', '住房公积金', '50.00', '50.00', null],
  ],
  t6: [
    ['301', '工资福利支出', '170.00'],
    ['30101', '基本工资', '100.00'],
    ['30102', '津贴补贴', '70.00'],
    ['30103', '奖金', null],
    ['302', '商品和服务支出', '30.00'],
    ['30201', '办公费', '20.00'],
    ['30217', '公务接待费', '10.00'],
  ],
  personnelTotal: '170.00',
  publicTotal: '30.00',
  t7Budget: { total: '11.00', outbound: '1.00', vehicle: '8.00', reception: '2.00' },
  t7Actual: { total: '6.00', outbound: '0.00', vehicle: '6.00', reception: '0.00' },
};

const TEXT: readonly string[] = [
  '四、财政拨款收入支出决算总体情况说明',
  '某局2024年度财政拨款收入支出总计300.00万元。与2023年度相比，财政拨款收入支出总计增加20.00万元，增长7.14%。',
  '五、一般公共预算财政拨款支出决算情况说明',
  '（二）一般公共预算财政拨款支出决算结构情况',
  '一般公共预算财政拨款支出250.00万元，主要用于以下方面：一般公共服务支出（类）200.00万元，占80.00%；住房保障支出（类）50.00万元，占20.00%。',
  '（三）一般公共预算财政拨款支出决算具体情况',
  '一般公共预算财政拨款支出年初预算为260.00万元，支出决算为250.00万元，完成年初预算的96.15%。决算数小于预算数的主要原因：节约。其中：',
  '1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为155.00万元，支出决算为150.00万元。决算数小于预算数的主要原因：人员变动。',
  '2、一般公共服务支出（类）财政事务（款）一般行政管理事务（项）。年初预算为55.00万元，支出决算为50.00万元。决算数小于预算数的主要原因：节约。',
  '3、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为50.00万元，支出决算为50.00万元。决算数与预算数持平。',
  '六、一般公共预算财政拨款基本支出决算情况说明',
  '一般公共预算财政拨款基本支出200.00万元。其中：人员经费170.00万元，主要包括：基本工资、津贴补贴；公用经费30.00万元，主要包括：办公费、公务接待费。',
  '七、财政拨款“三公”经费支出决算情况说明',
  '（一）“三公”经费财政拨款支出决算总体情况说明。',
  '“三公”经费财政拨款支出年初预算为11.00万元，支出决算为6.00万元，完成预算的54.55%，其中：因公出国（境）费决算为0.00万元，完成预算的0%；公务用车购置及运行维护费支出决算为6.00万元，完成预算的75.00%；公务接待费支出决算为0.00万元，完成预算的0.00%。',
  '十一、其他重要事项的情况说明',
  '（一）机关运行经费支出情况',
  '机关运行经费支出30.00万元，比2023年度增加3.00万元，增长11.11%。',
  '（二）政府采购支出情况',
  '某局2024年度政府采购金额（以合同签订为准）为30.00万元，其中：货物采购金额10.00万元、工程采购金额0万元、服务采购金额20.00万元。',
  '（三）国有资产占有使用情况说明',
  '截至2024年12月31日，某局共有车辆3辆，其中：应急保障用车1辆、其他用车2辆。',
];

const SHEET = '情况说明';

function tables(f: Figures): TypedTable[] {
  const t4: FinalFiscalSummaryTable = {
    ...tableBase('final_fiscal_summary', '表4'),
    incomeItems: [],
    expenditureRows: [],
    beginItems: [],
    endItems: [],
    incomeGrand: {
      row: 30,
      label: '总计',
      name: '总计',
      labelCell: { sheet: '表4', address: 'A31' },
      values: { amount: figure(f.t4Total, 'B31', '表4') },
    },
  };
  const t5 = codedTable('final_general_budget_expenditure', ['total', 'basic', 'project'] as const, f.t5, {
    sheet: '表5',
  });
  const t6: FinalBasicExpenditureTable = {
    ...codedTable('final_basic_expenditure', ['actual'] as const, f.t6, { sheet: '表6' }),
    personnelTotal: { label: textCell('人员经费合计', 'A40', '表6'), figure: figure(f.personnelTotal, 'B40', '表6') },
    publicTotal: { label: textCell('公用经费合计', 'C40', '表6'), figure: figure(f.publicTotal, 'D40', '表6') },
  };
  const items = ['total', 'outbound', 'vehicle', 'reception'] as const;
  const t7: FinalThreePublicTable = {
    ...tableBase('final_three_public', '表7'),
    budget: Object.fromEntries(items.map((k, i) => [k, figure(f.t7Budget[k], `${'ACEK'[i]}7`, '表7')])),
    actual: Object.fromEntries(items.map((k, i) => [k, figure(f.t7Actual[k], `${'BDFL'[i]}7`, '表7')])),
    labels: {},
  };
  return [t4, t5, t6, t7];
}

function run(rule: Rule, text: readonly string[] = TEXT, f: Figures = FIGURES): Finding[] {
  return rule.check(
    contextOf([...tables(f), narrativeTable(text, SHEET)], { workbook: { template: 'shanghai-final' } }),
  );
}

const edited = (from: string, to: string): string[] => TEXT.map((p) => p.replace(from, to));
const where = (fs: Finding[]) =>
  fs.map((f) => `${f.severity} ${f.cells.map((c) => `${c.sheet}!${c.address}`).join(',')}`);
const FINAL_RULES = rules.filter((r) => r.id.startsWith('final-'));

describe('the 决算 narrative rules on built tables', () => {
  it('find nothing when text and tables agree, and nothing on a workbook without 决算 tables', () => {
    for (const rule of rules) expect([rule.id, run(rule)]).toEqual([rule.id, []]);
    for (const rule of FINAL_RULES) {
      expect(rule.check(contextOf([narrativeTable(edited('300.00万元', '1.00万元'), SHEET)]))).toEqual([]);
    }
  });

  it('final-narrative-amount: the stated total or the table figure changed', () => {
    expect(where(run(finalNarrativeAmount, edited('总计300.00万元', '总计0.3万元')))).toEqual([
      'error 情况说明!A2,表4!B31',
    ]);
    expect(where(run(finalNarrativeAmount, TEXT, { ...FIGURES, t4Total: '301.00' }))).toEqual([
      'error 情况说明!A2,表4!B31',
    ]);
    const item = run(finalNarrativeAmount, edited('支出决算为50.00万元。决算数与', '支出决算为51.00万元。决算数与'));
    expect(where(item)).toEqual(['error 情况说明!A10,表5!D13']);
    expect(item[0].message).toContain('住房公积金');
    const t6 = { ...FIGURES, personnelTotal: '171.00' };
    expect(where(run(finalNarrativeAmount, TEXT, t6))).toEqual(['error 情况说明!A12,表6!B40']);
  });

  it('final-narrative-percent: shares and completion rates, one step info, more error, zero base', () => {
    expect(run(finalNarrativePercent, edited('占80.00%', '占80.01%')).map((f) => f.severity)).toEqual(['info']);
    expect(run(finalNarrativePercent, edited('占80.00%', '占80.08%')).map((f) => f.severity)).toEqual(['error']);
    expect(run(finalNarrativePercent, edited('完成预算的75.00%', '完成预算的57.00%')).map((f) => f.severity)).toEqual([
      'error',
    ]);
    // 因公出国 with a blank 预算数: '0%' is info; a non-zero rate of that base is a warning.
    const zero = { ...FIGURES, t7Budget: { ...FIGURES.t7Budget, outbound: null } };
    expect(where(run(finalNarrativePercent, TEXT, zero))).toEqual(['info 情况说明!A15,表7!C7']);
    expect(where(run(finalNarrativePercent, edited('完成预算的0%', '完成预算的100.00%'), zero))).toEqual([
      'warning 情况说明!A15,表7!C7',
    ]);
    // The table side: 表7's 预算数 of 公务用车 changed (6.00 ÷ 9.00 = 66.67%, the text says 75.00%).
    const budget = { ...FIGURES, t7Budget: { ...FIGURES.t7Budget, vehicle: '9.00' } };
    expect(where(run(finalNarrativePercent, TEXT, budget))).toEqual(['error 情况说明!A15,表7!E7']);
    // The stated whole changed: both shares of the 结构 paragraph move.
    const wholeChanged = edited('一般公共预算财政拨款支出250.00万元，主要', '一般公共预算财政拨款支出240.00万元，主要');
    expect(run(finalNarrativePercent, wholeChanged).map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('final-narrative-growth: rate, words, 减少…持平', () => {
    expect(run(finalNarrativeGrowth, edited('增长11.11%', '增长11.12%')).map((f) => f.severity)).toEqual(['info']);
    expect(run(finalNarrativeGrowth, edited('增长11.11%', '增长12.11%')).map((f) => f.severity)).toEqual(['warning']);
    expect(run(finalNarrativeGrowth, edited('增长7.14%', '下降7.14%')).map((f) => f.message)).toEqual([
      expect.stringContaining('增减方向不一致'),
    ]);
    const both = edited(
      '公务接待费支出决算为0.00万元，完成预算的0.00%',
      '公务接待费支出决算减少为0.00万元，与2023年持平',
    );
    expect(run(finalNarrativeGrowth, both).map((f) => f.severity)).toEqual(['warning']);
  });

  it('final-narrative-sum: 年初预算 items, 政府采购 and vehicles', () => {
    expect(
      run(finalNarrativeSum, edited('年初预算为260.00万元', '年初预算为260.01万元')).map((f) => f.severity),
    ).toEqual(['info']);
    expect(run(finalNarrativeSum, edited('年初预算为55.00万元', '年初预算为56.00万元')).map((f) => f.severity)).toEqual(
      ['error'],
    );
    expect(where(run(finalNarrativeSum, edited('货物采购金额10.00万元', '货物采购金额10.01万元')))).toEqual([
      'info 情况说明!A20',
    ]);
    expect(where(run(finalNarrativeSum, edited('其他用车2辆', '其他用车3辆')))).toEqual(['error 情况说明!A22']);
  });

  it('final-narrative-listed-names: a zero row listed, a non-zero row left out', () => {
    const found = run(finalNarrativeListedNames, edited('基本工资、津贴补贴', '基本工资、奖金'));
    expect(where(found)).toEqual(['warning 情况说明!A12,表6!D8']);
    expect(found[0].message).toMatch(/“奖金”（30103，空白）.*“30102 津贴补贴”70.00/);
    const t6 = { ...FIGURES, t6: FIGURES.t6.map((r) => (r[0] === '30217' ? ([r[0], r[1], null] as typeof r) : r)) };
    expect(run(finalNarrativeListedNames, TEXT, t6).map((f) => f.message)).toEqual([
      expect.stringContaining('“公务接待费”（30217，空白）'),
    ]);
  });

  it('final-narrative-budget-items: 大于/小于/持平 against the figures, names on the code path', () => {
    const word = run(finalNarrativeBudgetItems, edited('决算数与预算数持平', '决算数大于预算数'));
    expect(where(word)).toEqual(['error 情况说明!A10']);
    const path = run(finalNarrativeBudgetItems, edited('住房改革支出（款）', '住房保障（款）'));
    expect(where(path)).toEqual(['warning 情况说明!A10,表5!A1']);
  });

  it('final-narrative-operating-costs: larger than 公用经费合计 only', () => {
    expect(
      where(run(finalNarrativeOperatingCosts, edited('机关运行经费支出30.00万元', '机关运行经费支出31.00万元'))),
    ).toEqual(['error 情况说明!A18,表6!D40']);
    expect(run(finalNarrativeOperatingCosts, edited('机关运行经费支出30.00万元', '机关运行经费支出25.00万元'))).toEqual(
      [],
    );
    expect(run(finalNarrativeOperatingCosts, TEXT, { ...FIGURES, publicTotal: '29.00' })).toHaveLength(1);
  });

  it('final-narrative-none: “无三公” with spending in 表7', () => {
    const text = [...TEXT.slice(0, 14), '某局2024年度无“三公”经费财政拨款支出。'];
    expect(where(run(finalNarrativeNone, text))).toEqual(['error 情况说明!A15,表7!B7,表7!F7']);
    const empty = { ...FIGURES, t7Actual: { total: null, outbound: null, vehicle: null, reception: null } };
    expect(run(finalNarrativeNone, text, empty)).toEqual([]);
  });

  it('narrative-template-text reads the 决算 template remnants', () => {
    const text = [
      ...TEXT,
      '与2023年度相比，收入支出总计增加（增长）XX万元。',
      '请列明主要原因。',
      '无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：',
      '决算数大于预算数（如持平作持平表述）（不涉及的不列）',
    ];
    const found = run(narrativeTemplateText, text);
    expect(found.map((f) => f.actual)).toEqual([
      expect.stringMatching(/\(增长\)|（增长）/),
      '列明',
      expect.stringContaining('仍保留该表格式'),
      expect.stringMatching(/持平表述.*不涉及的不列/),
    ]);
    expect(found[0].actual).toContain('XX');
  });
});
