/**
 * The Shanghai 情况说明 sentence patterns (TEMPLATE-SHANGHAI.md), each stated figure read and changed in turn.
 */
import {
  findChangeClauses,
  findFigureChanges,
  findProcurementSplits,
  findSubjectItems,
  findTargetsStatements,
  findTemplateText,
  subjectNames,
} from '../../../src/engine/narrativeText';

describe('change clauses', () => {
  test.each([
    ['比2024年预算减少2,389.52万元', 'decrease', 2024, 'budget', '2,389.52万元'],
    ['比2022年（上一年度，下同）预算增加1421.25万元', 'increase', 2022, 'budget', '1421.25万元'],
    ['与2024年预算持平', 'flat', 2024, 'budget', undefined],
    ['比2024年预算执行数增加24,558.18万元', 'increase', 2024, 'execution', '24,558.18万元'],
  ])('%s', (text, kind, year, base, amount) => {
    const [c] = findChangeClauses(`财政拨款收入9,101.68万元，${text}；`);
    expect([c.kind, c.year, c.base, c.amount?.raw]).toEqual([kind, year, base, amount]);
  });

  test('a rate with a space before %', () => {
    const [c] = findChangeClauses('比2022年预算执行数增加77.70 %。');
    expect([c.kind, c.base, c.percent?.value.toString(), c.percent?.decimals]).toEqual([
      'increase',
      'execution',
      '77.7',
      2,
    ]);
  });
});

describe('figures with their change (编制说明, 三公)', () => {
  const text =
    '支出预算16497.86万元，其中：财政拨款支出预算16497.86万元，比2022年预算增加1421.25万元。财政拨款支出预算中，一般公共预算拨款支出预算16497.86万元，比2022年预算增加1421.25万元；政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元；国有资本经营预算拨款支出预算0万元，比2022年预算持平。';
  test('each labelled figure with its change', () => {
    expect(findFigureChanges(text).map((f) => [f.key, f.amount.raw, f.change.kind, f.change.amount?.raw])).toEqual([
      ['fiscalExpenditure', '16497.86万元', 'increase', '1421.25万元'],
      ['generalExpenditure', '16497.86万元', 'increase', '1421.25万元'],
      ['fundExpenditure', '0万元', 'increase', '1421.25万元'],
      ['capitalExpenditure', '0万元', 'flat', undefined],
    ]);
  });
  test('the template’s period before 比 still ties the change to its figure', () => {
    expect(findFigureChanges('（三）、公务接待费1.35万元。比2022年预算持平，主要原因是…').map((f) => f.key)).toEqual([
      'reception',
    ]);
  });
  test('a figure without a change clause is not one', () => {
    expect(findFigureChanges('事业收入0万元；事业单位经营收入0万元；其他收入0万元。')).toEqual([]);
  });
});

describe('科目 items', () => {
  test('“类-款-项”科目 with thousands separators and no decimals', () => {
    const [item] = findSubjectItems(
      '2. “一般公共服务支出-政府办公厅（室）及相关机构事务-一般行政管理事务”科目4,614万元，主要用于…',
    );
    expect([item.index, item.names, item.amount.raw, item.amount.value.toString()]).toEqual([
      2,
      ['一般公共服务支出', '政府办公厅(室)及相关机构事务', '一般行政管理事务'],
      '4,614万元',
      '4614',
    ]);
  });
  test('“（类）（款）（项）” with mixed parentheses', () => {
    expect(subjectNames('卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）')).toEqual([
      '卫生健康支出',
      '行政事业单位医疗',
      '行政单位医疗',
    ]);
  });
  test('the execution comparison: each figure read in turn', () => {
    const text =
      '3. “一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）”45.41万元，主要用于…。2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%。主要原因是：…';
    const read = (t: string) => {
      const [i] = findSubjectItems(t);
      const e = i.execution;
      return [i.amount.raw, e?.previous.raw, e?.planned.raw, e?.change?.kind, e?.change?.percent?.raw];
    };
    expect(read(text)).toEqual(['45.41万元', '11.67万元', '45.41万元', 'increase', '314.82%']);
    expect(read(text.replace('”45.41', '”45.42'))[0]).toBe('45.42万元');
    expect(read(text.replace('为11.67', '为11.68'))[1]).toBe('11.68万元');
    expect(read(text.replace('安排45.41', '安排441.25'))[2]).toBe('441.25万元');
    expect(read(text.replace('增加314.82%', '减少4.83%')).slice(3)).toEqual(['decrease', '4.83%']);
    expect(read(text.replace('增加314.82%', '持平')).slice(3)).toEqual(['flat', undefined]);
  });
});

describe('政府采购 and 绩效目标 statements', () => {
  test('政府采购预算 = 货物 + 工程 + 服务, each figure read', () => {
    const [p] = findProcurementSplits(
      '2023年本部门政府采购预算830.00万元，其中：政府采购货物预算10.00万元、政府采购工程预算550.00万元、政府采购服务预算270.00万元。',
    );
    expect([p.total.raw, p.goods.raw, p.works.raw, p.services.raw]).toEqual([
      '830.00万元',
      '10.00万元',
      '550.00万元',
      '270.00万元',
    ]);
  });
  test('编报绩效目标的项目N个，涉及项目预算资金X万元', () => {
    const read = (t: string) => findTargetsStatements(t).map((s) => [s.count, s.amount.raw]);
    expect(read('…编报绩效目标的项目5个，涉及项目预算资金3328.13万元。')).toEqual([[5, '3328.13万元']]);
    expect(read('2025年度，本部门编报绩效目标的项目共25个，涉及项目预算资金11381.60万元。')).toEqual([
      [25, '11381.60万元'],
    ]);
  });
});

describe('unfilled template text', () => {
  const raws = (t: string, template: 'hebei' | 'shanghai' = 'shanghai') =>
    findTemplateText(t, template).map((x) => x.raw);
  test.each([
    ['收入预算x,xxx万元', 'x,xxx'],
    ['“三公”经费预算数为XXX万元', 'XXX'],
    ['共有车辆XX辆', 'XX'],
    ['政府采购预算X万元', 'X'],
    ['比2025年预算增加（减少）XXX万元（持平）。', '增加（减少）'],
    ['比2025年预算增加（减少）XXX万元（持平）。', '（持平）'],
    ['主要原因是……。', '主要原因是……'],
    ['主要原因是。', '主要原因是'],
    ['运行经费预算为XXX万元。（若无，则写“本部门无机关运行经费。”）', '（若无，则写“本部门无机关运行经费。”）'],
  ])('%s leaves “%s”', (text, left) => {
    expect(raws(text)).toContain(left);
  });
  test.each([
    '主要原因是项目调整。',
    '主要原因是：统计管理经费增加。',
    '比2024年预算减少2,389.52万元',
    '本部门中，行政单位1家，事业单位1家，具体包括（列示至基层预算单位）：',
    '单价100万元（含）以上设备（不含车辆）0台（套）。',
  ])('a filled sentence leaves nothing: %s', (text) => {
    expect(raws(text)).toEqual([]);
  });
  test('Hebei has no such vocabulary (its XX is narrative-placeholder’s)', () => {
    expect(raws('收入预算XX万元，增加（减少）', 'hebei')).toEqual([]);
  });
});
