import Decimal from 'decimal.js';
import {
  generateNarrative,
  previousYearFigures,
  REASON_PLACEHOLDER,
  type NarrativeSection,
  type PreviousYearFigures,
} from '../../../src/engine/narrative';
import { findStatedAmounts } from '../../../src/engine/narrativeText';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import type { BudgetWorkbook } from '../../../src/engine/tables/types';
import { layoutWorkbook } from '../../../scripts/samples/layoutWorkbook';
import { SEED_000 } from '../../../scripts/samples/seed000';
import { previousYearData } from './previousYearData';

const d = (s: string) => new Decimal(s);
let current: BudgetWorkbook;
let previous: PreviousYearFigures;

function textOf(sections: NarrativeSection[], id: NarrativeSection['id']): string {
  return sections.find((s) => s.id === id)?.text ?? '';
}

beforeAll(() => {
  current = recognizeWorkbook(layoutWorkbook(SEED_000).grid);
  previous = previousYearFigures(recognizeWorkbook(layoutWorkbook(previousYearData()).grid));
});

describe('previousYearFigures', () => {
  it('reads last year’s 预算收支, 基本/项目支出 and 三公 from its workbook', () => {
    expect(previous.year).toBe(2023);
    expect(previous.total?.toFixed(2)).toBe('514.74');
    expect(previous.basic?.toFixed(2)).toBe('350.00');
    expect(previous.project?.toFixed(2)).toBe('164.74');
    const t = previous.threePublic;
    expect(
      [t?.total, t?.outbound, t?.vehicle, t?.vehiclePurchase, t?.vehicleOps, t?.reception].map((v) => v?.toFixed(2)),
    ).toEqual(['3.40', '0.00', '2.90', '0.00', '2.90', '0.50']);
  });
});

describe('the change on last year', () => {
  it('states the differences of total, 基本 and 项目 with a reason placeholder', () => {
    const text = textOf(generateNarrative(current, { previous }), 'change');
    expect(text).toBe(
      `2024年预算收支安排384.34万元，较2023年预算减少130.40万元，其中：基本支出增加7.11万元，项目支出减少137.51万元。主要原因是${REASON_PLACEHOLDER}。`,
    );
    // The reader of the checks sees the changes as changes of the right figures.
    const changes = findStatedAmounts(text).filter((s) => s.change);
    expect(changes.map((s) => [s.label?.key, s.change, s.amount.value.toFixed(2)])).toEqual([
      ['budgetTotal', 'decrease', '130.40'],
      ['basic', 'increase', '7.11'],
      ['project', 'decrease', '137.51'],
    ]);
  });

  it('states the 三公 change item by item, 持平 where nothing changed', () => {
    const text = textOf(generateNarrative(current, { previous }), 'three_public');
    expect(text).toContain(
      '与2023年相比，“三公”经费减少1.00万元，其中：因公出国（境）费与上年持平；公务用车购置及运维费减少0.50万元' +
        '（其中：公务用车购置费与上年持平，公务用车运行维护费减少0.50万元）；公务接待费减少0.50万元。',
    );
    expect(text).toContain(REASON_PLACEHOLDER);
  });

  it('works from figures the user types, and says 持平 without a placeholder when nothing changed', () => {
    const typed: PreviousYearFigures = {
      total: d('384.34'),
      basic: d('357.11'),
      project: d('27.23'),
      threePublic: {
        total: d('2.4'),
        outbound: d('0'),
        vehicle: d('2.4'),
        vehiclePurchase: d('0'),
        vehicleOps: d('2.4'),
        reception: d('0'),
      },
    };
    const sections = generateNarrative(current, { previous: typed });
    expect(textOf(sections, 'change')).toBe(
      '2024年预算收支安排384.34万元，与2023年预算持平，其中：基本支出与上年持平，项目支出与上年持平。',
    );
    expect(textOf(sections, 'three_public')).toContain('。与2023年相比持平，无增减变化。');
    expect(sections.map((s) => s.text).join()).not.toContain(REASON_PLACEHOLDER);
  });

  it('with only last year’s total, states that change and what is missing for the parts', () => {
    const text = textOf(generateNarrative(current, { previous: { total: d('400.00') } }), 'change');
    expect(text).toContain('较2023年预算减少15.66万元');
    expect(text).toContain('缺少2023年或本年的基本支出、项目支出预算数');
    expect(text).not.toMatch(/基本支出(增加|减少)/);
  });

  it('notes a previous workbook of a year that is not the year before', () => {
    const sections = generateNarrative(current, { previous: { ...previous, year: 2021 } });
    const change = sections.find((s) => s.id === 'change');
    expect(change?.text).toContain('较2021年预算');
    expect(change?.notes.join()).toContain('不相邻');
  });
});
