import { narrativeChange } from '../../../src/engine/rules/narrative/narrativeChange';
import type { BudgetWorkbook } from '../../../src/engine/tables/types';
import {
  contextFor,
  NARRATIVE_SHEET,
  paragraphAddress,
  paragraphIndex,
  seedWorkbook,
  withParagraph,
} from '../../helpers/narrativeBuilders';

const marker = '较2023年预算减少130.4';
const at = (text: string) => seedWorkbook({ paragraphs: withParagraph(marker, text) });

function check(wb: BudgetWorkbook) {
  return narrativeChange.check(contextFor(wb));
}
const brief = (wb: BudgetWorkbook) => check(wb).map((f) => [f.severity, f.expected, f.actual]);

const SEED_002 =
  '2024年预算收支安排181.83万元，较2023年预算增加87.33万元，其中：基本支出增加11.33万元，主要为人员经费和公用经费支出；项目支出增加76万元，主要为信息安全事务项目支出。';

describe('narrative-change', () => {
  it('accepts a change equal to its stated parts (seed 002 wording) and reports one that is not', () => {
    expect(brief(at(SEED_002))).toEqual([]);
    const findings = check(at(SEED_002.replace('增加87.33', '增加88.33')));
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '87.33', '88.33']]);
    expect(findings[0].cells).toEqual([{ sheet: NARRATIVE_SHEET, address: paragraphAddress(paragraphIndex(marker)) }]);
    expect(findings[0].message).toContain('基本支出');
  });

  it('signs decreases', () => {
    const text =
      '2024年预算收支安排384.34万元，较2023年预算减少130.4万元，其中：基本支出减少100.4万元，项目支出减少30万元。';
    expect(brief(at(text))).toEqual([]);
    expect(brief(at(text.replace('基本支出减少100.4', '基本支出增加100.4')))).toEqual([['error', '70.40', '-130.40']]);
  });

  it('needs every part stated: the seed change without parts is not checked', () => {
    expect(brief(seedWorkbook())).toEqual([]);
    const onlyBasic = '2024年预算收支安排384.34万元，较2023年预算减少130.4万元，其中：基本支出减少100万元。';
    expect(brief(at(onlyBasic))).toEqual([]);
    expect(brief(at(`${onlyBasic}项目支出减少20万元。`))).toEqual([['error', '-120.00', '-130.40']]);
  });

  it('reads the change of each 三公 item from the sentence that states the item', () => {
    const text =
      '“三公”经费预算安排2.4万元，比上年减少1万元，其中：因公出国（境）费0万元，比上年减少0.5万元；公务用车购置及运维费2.4万元，比上年减少0.5万元；公务接待费0万元，比上年减少0.2万元。';
    expect(brief(at(text))).toEqual([['error', '-1.20', '-1.00']]);
    expect(brief(at(text.replace('减少0.2万元', '持平')))).toEqual([]);
  });
});
