/** The 决算 情况说明 split into sections by heading, and the sentence readers on the template's patterns. */
import {
  findFinalSections,
  readBudgetStatement,
  readGrowthClauses,
  readNameLists,
} from '../../../../src/engine/narrativeText/final';
import { textCell } from '../../../helpers/figures';

const cells = (texts: string[]) => texts.map((t, i) => textCell(t, `A${i + 1}`, '情况说明'));

describe('findFinalSections', () => {
  it('names sections by what their heading says, sub-sections under their parent', () => {
    const sections = findFinalSections(
      cells([
        '一、收入支出决算总体情况说明',
        'a',
        '四、财政拨款收入支出决算总体情况说明',
        'b',
        '五、一般公共预算财政拨款支出决算情况说明',
        '（二）一般公共预算财政拨款支出决算结构情况',
        'c',
        '六、一般公共预算财政拨款基本支出决算情况说明',
        'd',
        '七、财政拨款“三公”经费支出决算情况说明',
        'e',
        '十一、其他重要事项的情况说明',
        '（一）机关运行经费支出情况',
        'f',
      ]),
    );
    expect(sections.map((s) => `${s.id}:${s.paragraphs.map((p) => p.text).join('')}`)).toEqual([
      'overall:a',
      'fiscalOverall:b',
      'generalStructure:c',
      'basic:d',
      'threePublicOverall:e',
      'operatingCosts:f',
    ]);
  });
});

describe('the 决算 sentence readers', () => {
  it('read an item of 五（三） with its path, budget, 决算 and comparison', () => {
    const s = readBudgetStatement(
      '1.节能环保支出（类）环境保护管理事务（款）行政运行（项），主要用于…。年初预算为1196.07万元，支出决算为1,293.60万元。决算数大于预算数的主要原因：…',
    );
    expect(s?.path).toEqual(['节能环保支出', '环境保护管理事务', '行政运行']);
    expect([s?.budget?.value.toString(), s?.actual?.value.toString(), s?.comparison?.kind]).toEqual([
      '1196.07',
      '1293.6',
      'more',
    ]);
  });

  it('read growth clauses and name lists', () => {
    const [g] = readGrowthClauses('机关运行经费支出185.41万元，比2024年度增加4.68万元，增长2.60%。');
    expect([g.direction, g.change.raw, g.rate?.raw]).toEqual(['increase', '4.68万元', '2.60%']);
    const lists = readNameLists(
      '其中：人员经费10万元，主要包括：基本工资、津贴补贴；公用经费5万元，主要包括：办公费、维修（护）费等。',
    );
    expect(lists.map((l) => [l.of, l.names])).toEqual([
      ['人员经费', ['基本工资', '津贴补贴']],
      ['公用经费', ['办公费', '维修(护)费']],
    ]);
  });
});
