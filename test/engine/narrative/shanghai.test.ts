/**
 * The Shanghai 编制说明 and 其他相关情况说明 generated from the real 普陀区人民政府办公室 2025 部门预算
 * (../shared/real/budget/sh-putuo-zfb-2025.xlsx): tables in 元 stated in 万元, the template's sentences, the
 * 【请填写…】 placeholders where last year is not known, and the changes when it is.
 */
import * as path from 'path';
import Decimal from 'decimal.js';
import { readWorkbookFile } from '../../../src/cli/readWorkbookFile';
import {
  CHANGE_PLACEHOLDER,
  generateNarrative,
  previousYearFigures,
  REASON_PLACEHOLDER,
  SHANGHAI_NARRATIVE_SECTION_IDS,
  type NarrativeSection,
  type PreviousYearFigures,
} from '../../../src/engine/narrative';
import { narrativeBlockRows } from '../../../src/engine/narrative/narrativeBlock';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import type { BudgetWorkbook } from '../../../src/engine/tables/types';

const ZFB = path.join(__dirname, '..', '..', '..', '..', 'shared', 'real', 'budget', 'sh-putuo-zfb-2025.xlsx');

let workbook: BudgetWorkbook;
beforeAll(async () => {
  workbook = recognizeWorkbook((await readWorkbookFile(ZFB)).grid);
});

const section = (sections: NarrativeSection[], id: string) => {
  const s = sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};

/** Table 5's 项 rows with a non-zero 合计, as the published 编制说明 lists them (rounded half-up from 元). */
const ITEMS = [
  ['一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行', '1202.95'],
  ['一般公共服务支出-政府办公厅（室）及相关机构事务-一般行政管理事务', '4614.00'],
  ['一般公共服务支出-政府办公厅（室）及相关机构事务-事业运行', '380.73'],
  ['一般公共服务支出-政府办公厅（室）及相关机构事务-其他政府办公厅（室）及相关机构事务支出', '2012.00'],
  ['社会保障和就业支出-行政事业单位养老支出-行政单位离退休', '155.42'],
  ['社会保障和就业支出-行政事业单位养老支出-机关事业单位基本养老保险缴费支出', '176.32'],
  ['社会保障和就业支出-行政事业单位养老支出-机关事业单位职业年金缴费支出', '88.16'],
  ['社会保障和就业支出-行政事业单位养老支出-其他行政事业单位养老支出', '1.48'],
  ['卫生健康支出-行政事业单位医疗-行政单位医疗', '78.29'],
  ['卫生健康支出-行政事业单位医疗-事业单位医疗', '31.42'],
  ['住房保障支出-住房改革支出-住房公积金', '174.14'],
  ['住房保障支出-住房改革支出-购房补贴', '186.77'],
];

describe('Shanghai narrative from sh-putuo-zfb-2025.xlsx', () => {
  it('follows the workbook template: the 编制说明 and the five 其他相关情况说明 parts', () => {
    expect(workbook.template).toBe('shanghai');
    const sections = generateNarrative(workbook);
    expect(sections.map((s) => s.id)).toEqual([...SHANGHAI_NARRATIVE_SECTION_IDS]);
    expect(sections.map((s) => s.headings)).toEqual([
      ['2025年部门预算编制说明'],
      ['其他相关情况说明', '一、2025年“三公”经费预算情况说明'],
      ['二、机关运行经费预算'],
      ['三、政府采购预算情况'],
      ['四、绩效目标设置情况'],
      ['五、国有资产占有使用情况'],
    ]);
  });

  it('编制说明: 收入预算 and 支出预算 in 万元 from the 元 tables, changes left to fill without last year', () => {
    const s = section(generateNarrative(workbook), 'compilation');
    expect(s.paragraphs?.slice(0, 4)).toEqual([
      `2025年，上海市普陀区人民政府办公室收入预算9101.68万元，其中：财政拨款收入9101.68万元，比2024年预算${CHANGE_PLACEHOLDER}；` +
        '事业收入0.00万元；事业单位经营收入0.00万元；其他收入0.00万元。',
      `支出预算9101.68万元，其中：财政拨款支出预算9101.68万元，比2024年预算${CHANGE_PLACEHOLDER}。财政拨款支出预算中，` +
        `一般公共预算拨款支出预算9101.68万元，比2024年预算${CHANGE_PLACEHOLDER}；` +
        `政府性基金拨款支出预算0.00万元，比2024年预算${CHANGE_PLACEHOLDER}；` +
        `国有资本经营预算拨款支出预算0.00万元，比2024年预算${CHANGE_PLACEHOLDER}。`,
      `财政拨款收入支出增减变化的主要原因是${REASON_PLACEHOLDER}。`,
      '财政拨款支出主要内容如下：',
    ]);
    expect(s.paragraphs?.slice(4)).toEqual(
      ITEMS.map(([name, amount], i) => `${i + 1}. “${name}”科目${amount}万元，主要用于【请填写用途】。`),
    );
    expect(s.text).toBe(s.paragraphs?.join('\n'));
  });

  it('其他相关情况说明: 三公 with each item, 机关运行经费, and the text-only figures taken from the author', () => {
    const sections = generateNarrative(workbook);
    expect(section(sections, 'three_public').paragraphs).toEqual([
      `2025年“三公”经费预算数为867.50万元，比2024年预算${CHANGE_PLACEHOLDER}。其中：`,
      `（一）因公出国（境）费839.00万元，比2024年预算${CHANGE_PLACEHOLDER}。`,
      `（二）公务用车购置及运行费0.00万元，比2024年预算${CHANGE_PLACEHOLDER}。其中：公务用车购置费0.00万元，` +
        `比2024年预算${CHANGE_PLACEHOLDER}；公务用车运行费0.00万元，比2024年预算${CHANGE_PLACEHOLDER}。`,
      `（三）公务接待费28.50万元，比2024年预算${CHANGE_PLACEHOLDER}。`,
    ]);
    expect(section(sections, 'operating_costs').text).toBe(
      '2025年上海市普陀区人民政府办公室下属1家机关和1家事业单位财政拨款的机关运行经费预算为213.28万元。',
    );
    expect(section(sections, 'procurement').paragraphs).toEqual([
      '2025年本部门政府采购预算34.00万元，其中：政府采购货物预算0.00万元、政府采购工程预算0.00万元、政府采购服务预算34.00万元。',
      '2025年本部门面向中小企业预留政府采购项目预算金额34.00万元，其中，预留给小型和微型企业的政府采购项目预算为34.00万元。',
    ]);
    expect(section(sections, 'performance').text).toBe(
      '按照本区预算绩效管理工作的总体要求，本部门1个预算单位开展了2025年项目预算绩效目标编报工作，编报绩效目标的项目11个，涉及项目预算资金6626.00万元。',
    );
    const assets = section(sections, 'assets').paragraphs ?? [];
    expect(assets[0]).toMatch(/^截至2024年8月31日，上海市普陀区人民政府办公室共有车辆0辆，其中：/);
    expect(assets[1]).toMatch(/^2025年部门预算安排购置车辆0辆/);
  });

  it('the block has the template headings and one row per paragraph', () => {
    const rows = narrativeBlockRows(generateNarrative(workbook));
    expect(rows[0]).toBe('2025年部门预算编制说明');
    expect(rows).toHaveLength(1 + 16 + 2 + 4 + 2 + 3 + 2 + 3);
    expect(rows).toContain('其他相关情况说明');
    expect(rows.every((r) => !r.includes('\n'))).toBe(true);
  });

  it('last year read from a Shanghai workbook through the same tables, in 万元', () => {
    const prev = previousYearFigures(workbook);
    const two = (d: Decimal | undefined) => d?.toFixed(2);
    expect(
      [prev.year, prev.fiscalIncome, prev.fiscalExpenditure, prev.general, prev.fund, prev.capital].map((v) =>
        typeof v === 'number' ? v : two(v),
      ),
    ).toEqual([2025, '9101.68', '9101.68', '9101.68', '0.00', '0.00']);
    expect(two(prev.threePublic?.total)).toBe('867.50');
    expect(two(prev.basic)).toBe('2460.68');
    expect(two(prev.project)).toBe('6641.00');
  });

  it('with last year: each change stated, 持平 where equal, the reason asked only where figures moved', () => {
    const d = (s: string) => new Decimal(s);
    const previous: PreviousYearFigures = {
      year: 2024,
      fiscalIncome: d('11491.20'),
      fiscalExpenditure: d('11491.20'),
      general: d('11491.20'),
      fund: d('0'),
      capital: d('0'),
      threePublic: {
        total: d('867.50'),
        outbound: d('839.00'),
        vehicle: d('0'),
        vehiclePurchase: d('0'),
        vehicleOps: d('0'),
        reception: d('20.00'),
      },
    };
    const sections = generateNarrative(workbook, { previous });
    const compilation = section(sections, 'compilation').paragraphs ?? [];
    expect(compilation[0]).toContain('财政拨款收入9101.68万元，比2024年预算减少2389.52万元；');
    expect(compilation[1]).toContain('一般公共预算拨款支出预算9101.68万元，比2024年预算减少2389.52万元；');
    expect(compilation[1]).toContain('政府性基金拨款支出预算0.00万元，比2024年预算持平；');
    expect(compilation[2]).toBe(`财政拨款收入支出减少的主要原因是${REASON_PLACEHOLDER}。`);
    expect(compilation.join('')).not.toContain(CHANGE_PLACEHOLDER);
    const three = section(sections, 'three_public').paragraphs ?? [];
    expect(three[0]).toBe('2025年“三公”经费预算数为867.50万元，与2024年预算持平。其中：');
    expect(three[1]).toBe('（一）因公出国（境）费839.00万元，与2024年预算持平。');
    expect(three[3]).toBe(`（三）公务接待费28.50万元，比2024年预算增加8.50万元，主要原因是${REASON_PLACEHOLDER}。`);
  });
});
