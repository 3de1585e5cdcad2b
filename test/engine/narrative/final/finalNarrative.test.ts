/**
 * The 决算 情况说明 (JUESUAN.md §5) generated from the typed tables of 上海市普陀区财政局 2024: sections 一 to 十一
 * in the template's sentences, every amount equal to its table figure and every percentage the recomputed
 * round(100 × part ÷ whole, 2); last year's figures and the 年初预算 turn placeholders into changes and rates.
 */
import Decimal from 'decimal.js';
import type { YearBudgetFigures } from '../../../../src/engine/budgetVsFinal/types';
import {
  CHANGE_PLACEHOLDER,
  FINAL_NARRATIVE_SECTION_IDS,
  generateNarrative,
  previousYearFigures,
  REASON_PLACEHOLDER,
  statedPreviousYear,
  type NarrativeSection,
} from '../../../../src/engine/narrative';
import { narrativeBlockRows } from '../../../../src/engine/narrative/narrativeBlock';
import { findPlaceholders } from '../../../../src/engine/narrativeText/findPlaceholders';
import { CZJ_T5_ROWS, czjWorkbook } from './czjTables';

const text = (sections: NarrativeSection[], id: string) => {
  const s = sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s.text;
};

const pct = (part: string, whole: string) =>
  `${new Decimal(part).times(100).div(whole).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;

describe('决算 narrative from the 财政局 2024 tables', () => {
  const sections = generateNarrative(czjWorkbook());

  it('writes sections 一 to 十一 in order under the template headings', () => {
    expect(sections.map((s) => s.id)).toEqual([...FINAL_NARRATIVE_SECTION_IDS]);
    const headings = sections.flatMap((s) => s.headings ?? []);
    expect(headings.filter((h) => /^[一二三四五六七八九十]+、/.test(h))).toEqual([
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '八、政府性基金预算财政拨款收入支出决算情况说明',
      '九、国有资本经营预算财政拨款收入支出决算情况说明',
      '十、预算绩效管理情况',
      '十一、其他重要事项的情况说明',
    ]);
  });

  it('一 and 四 state the 总计 of 表1 and 表4; without last year the change is a placeholder', () => {
    expect(text(sections, 'overall')).toBe(
      `上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计${CHANGE_PLACEHOLDER}。主要原因：${REASON_PLACEHOLDER}。`,
    );
    expect(text(sections, 'fiscal_overall')).toContain('2024年度财政拨款收入支出总计2961.68万元。');
  });

  it('二 and 三 list the non-zero sources and columns with their shares', () => {
    expect(text(sections, 'income')).toBe(
      `本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占${pct('2940.05', '2946.25')}；其他收入6.20万元，占${pct('6.2', '2946.25')}。`,
    );
    expect(text(sections, 'expenditure')).toBe(
      '本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%。',
    );
  });

  it('五（二）lists exactly the non-zero 类 of 表5, each share recomputed (71.65%, not the published 71.73%)', () => {
    const s = text(sections, 'general_budget_structure');
    const classes = CZJ_T5_ROWS.filter((r) => r[0].length === 3);
    for (const [, name, total] of classes)
      expect(s).toContain(`${name}（类）${new Decimal(total).toFixed(2)}万元，占${pct(total, '2940.05')}`);
    expect(s).toContain('一般公共服务支出（类）2106.66万元，占71.65%');
    expect(text(sections, 'general_budget')).toBe(
      `一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年度相比，一般公共预算财政拨款支出${CHANGE_PLACEHOLDER}。主要原因：${REASON_PLACEHOLDER}。`,
    );
  });

  it('五（三）has one item per 项 with the names on its code path and its 决算数', () => {
    const items = sections.find((s) => s.id === 'general_budget_items')?.paragraphs ?? [];
    const rows = CZJ_T5_ROWS.filter((r) => r[0].length === 7);
    expect(items).toHaveLength(rows.length + 1);
    expect(items[1]).toBe(
      `1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：【请填写用途】。年初预算为【请填写】万元，支出决算为1511.89万元。决算数【请填写大于/小于/持平】预算数的主要原因：${REASON_PLACEHOLDER}。`,
    );
    rows.forEach(([, name, total], i) => {
      expect(items[i + 1]).toContain(`${name}（项）`);
      expect(items[i + 1]).toContain(`支出决算为${new Decimal(total).toFixed(2)}万元`);
    });
  });

  it('六 names exactly the non-zero 款 of 表6 (奖励金 in, the blank 个人农业生产补贴 out)', () => {
    const s = text(sections, 'basic');
    expect(s).toMatch(/^一般公共预算财政拨款基本支出2336\.91万元。其中：人员经费2152\.26万元，主要包括：基本工资、/);
    expect(s).toContain('退休费、奖励金；公用经费184.65万元，主要包括：办公费、');
    expect(s).not.toContain('个人农业生产补贴');
    expect(s).not.toContain('奖金、');
  });

  it('七 states 表7 itself: no rate for a zero 预算数, and no 三公 spending in （二）', () => {
    const s = text(sections, 'three_public');
    expect(s).toContain('“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0.00%，其中：');
    expect(s).toContain('因公出国（境）费决算为0.00万元；');
    expect(s).toContain('公务接待费支出决算为0.00万元，完成预算的0.00%。2024年度“三公”经费支出决算数小于预算数');
    expect(text(sections, 'three_public_detail')).toBe('上海市普陀区财政局2024年度无“三公”经费财政拨款支出。');
  });

  it('八 and 九: no fund or capital money is the template sentence', () => {
    expect(text(sections, 'gov_fund')).toBe('上海市普陀区财政局2024年度无政府性基金预算财政拨款收入和支出。');
    expect(text(sections, 'state_capital')).toBe('上海市普陀区财政局2024年度无国有资本经营预算财政拨款收入和支出。');
  });

  it('十 and 十一（二）（三）hold placeholders only; 十一（一）is 表6 公用经费合计', () => {
    for (const id of ['performance', 'procurement', 'assets'])
      expect(findPlaceholders(text(sections, id)).length).toBeGreaterThan(3);
    expect(text(sections, 'operating_costs')).toMatch(/^机关运行经费支出184\.65万元，比2023年度【请填写增减情况】。/);
  });

  it('every paragraph is one block row', () => {
    const rows = narrativeBlockRows(sections);
    expect(rows[0]).toBe('一、收入支出决算总体情况说明');
    expect(rows.length).toBe(sections.reduce((n, s) => n + (s.headings?.length ?? 0) + (s.paragraphs?.length ?? 1), 0));
  });
});

describe('with last year and the 年初预算', () => {
  const previous = {
    year: 2023,
    grandTotal: new Decimal('3052.34'),
    fiscalGrandTotal: new Decimal('2961.68'),
    general: new Decimal('3003.19'),
    operatingCosts: new Decimal('182.10'),
    threePublicActual: {
      total: new Decimal('0'),
      outbound: new Decimal(0),
      vehicle: new Decimal(0),
      reception: new Decimal(0),
    },
  };
  const byCode = new Map(
    [
      ['2010601', '1560.05'],
      ['2010602', '10.00'],
      ['2010607', '135.90'],
    ].map(([code, v]) => [code, { value: new Decimal(v) }]),
  );
  const budget: YearBudgetFigures = {
    source: '手工填写',
    general: { total: { value: new Decimal('2993.92') }, byCode },
  };
  const sections = generateNarrative(czjWorkbook(), { previous, budget });

  it('states the changes: 减少56.95万元，下降1.87%; 持平 without a reason', () => {
    expect(text(sections, 'overall')).toBe(
      `上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。主要原因：${REASON_PLACEHOLDER}。`,
    );
    expect(text(sections, 'fiscal_overall')).toMatch(/与2023年度相比，财政拨款收入支出总计持平。$/);
    expect(text(sections, 'general_budget')).toContain('一般公共预算财政拨款支出减少63.14万元，下降2.10%。');
    expect(text(sections, 'operating_costs')).toBe(
      `机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。主要原因：${REASON_PLACEHOLDER}。`,
    );
  });

  it('a change from a zero 三公 last year has no rate; an unchanged item is 与2023年度持平', () => {
    const s = text(sections, 'three_public');
    expect(s).toContain(
      '2024年度“三公”经费财政拨款支出决算数与2023年度持平，其中：因公出国（境）费支出决算与2023年度持平；',
    );
  });

  it('五（三）completes the 年初预算: rate, 大于/小于/持平, and a 项 missing from the 预算 is 0', () => {
    const items = sections.find((s) => s.id === 'general_budget_items');
    const p = items?.paragraphs ?? [];
    expect(p[0]).toBe(
      `一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于预算数的主要原因：${REASON_PLACEHOLDER}。其中：`,
    );
    expect(p[1]).toContain('年初预算为1560.05万元，支出决算为1511.89万元。决算数小于预算数的主要原因：');
    expect(p[2]).toContain('年初预算为10.00万元，支出决算为10.00万元。决算数与预算数持平。');
    expect(p[4]).toContain('年初预算为0.00万元，支出决算为449.52万元。决算数大于预算数的主要原因：');
    expect(items?.notes.some((n) => n.includes('2010608'))).toBe(true);
  });

  it('a 年初预算 of zero has no completion rate', () => {
    const zero: YearBudgetFigures = {
      source: '手工填写',
      general: { total: { value: new Decimal(0) }, byCode: new Map() },
    };
    const s = text(generateNarrative(czjWorkbook(), { budget: zero }), 'general_budget_items');
    expect(s).toMatch(/^一般公共预算财政拨款支出年初预算为0\.00万元，支出决算为2940\.05万元。决算数大于预算数/);
  });
});

describe('last year from a 决算 workbook and from the text', () => {
  it('reads last year from a previous 决算 workbook: 表1/表4 总计, 表5 合计, 表7 决算数, 机关运行经费', () => {
    const f = previousYearFigures(czjWorkbook());
    expect(f.year).toBe(2024);
    expect(f.grandTotal?.toFixed(2)).toBe('2995.39');
    expect(f.fiscalGrandTotal?.toFixed(2)).toBe('2961.68');
    expect(f.general?.toFixed(2)).toBe('2940.05');
    expect(f.operatingCosts?.toFixed(2)).toBe('184.65');
    expect(f.threePublicActual?.total?.toFixed(2)).toBe('0.00');
  });
});

describe('last year from the existing 情况说明 (no previous workbook)', () => {
  // The 财政局's own sentences (情况说明 A3, A9, A13, A17, A45).
  const wb = czjWorkbook([
    '第三部分 上海市普陀区财政局2024年度部门决算情况说明',
    '上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。主要原因：略。',
    '上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。主要原因：',
    '一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年度相比，一般公共预算财政拨款支出减少63.14万元，下降2.10%。',
    '一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。',
    '机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。主要原因是略。',
  ]);

  it('works last year out of each stated change, and reads the stated 年初预算', () => {
    const stated = statedPreviousYear(wb);
    expect(stated.figures?.year).toBe(2023);
    expect(stated.figures?.grandTotal?.toFixed(2)).toBe('3052.34');
    // As stated: the text's own (wrong) 0.3 持平 gives 0.30; the checks report that sentence.
    expect(stated.figures?.fiscalGrandTotal?.toFixed(2)).toBe('0.30');
    expect(stated.figures?.general?.toFixed(2)).toBe('3003.19');
    expect(stated.figures?.operatingCosts?.toFixed(2)).toBe('182.10');
    expect(stated.amounts.budgetGeneral?.value.toFixed(2)).toBe('2993.92');
    const overall = generateNarrative(wb, { previous: stated.figures });
    expect(text(overall, 'overall')).toContain('收入支出总计减少56.95万元，下降1.87%');
  });
});
