import { findStatedAmounts } from '../../../src/engine/narrativeText';
import { SEED_000_PARAGRAPHS, paragraphIndex } from '../../helpers/narrativeBuilders';

const seed = (marker: string) => SEED_000_PARAGRAPHS[paragraphIndex(marker)];
const keys = (text: string) =>
  findStatedAmounts(text).map((s) => [s.amount.raw, s.label?.key ?? s.name ?? '', s.change ?? '']);

describe('findStatedAmounts', () => {
  it('labels the 收入说明 figures', () => {
    expect(keys(seed('预算收入384.34'))).toEqual([
      ['384.34万元', 'incomeTotal', ''],
      ['384.34万元', 'generalIncome', ''],
      ['0万元', 'fundIncome', ''],
      ['0万元', 'specialAccountIncome', ''],
      ['0万元', 'unitFundsIncome', ''],
    ]);
  });

  it('labels the 支出说明 figures and names the projects', () => {
    const found = keys(seed('基本支出357.11'));
    expect(found.slice(0, 6)).toEqual([
      ['384.34万元', 'expenditureTotal', ''],
      ['357.11万元', 'basic', ''],
      ['332.33万元', 'personnel', ''],
      ['24.79万元', 'public', ''],
      ['27.23万元', 'project', ''],
      ['2.4万元', '网络宣传管理', ''],
    ]);
    expect(found.map((f) => f[1])).toContain('网站和新媒体业务');
    expect(found.map((f) => f[1])).toContain('网络平台链接费');
    expect(found[found.length - 1]).toEqual(['0.2万元', '网络执法', '']);
  });

  it('reads the 三公 sentence: 运维费 before 运行费, 0元 change inherits its subject, 公务购车', () => {
    const found = findStatedAmounts(seed('三公”经费预算安排'));
    expect(found.map((s) => [s.label?.key, s.change ?? ''])).toEqual([
      ['threePublic', ''],
      ['outbound', ''],
      ['vehicle', ''],
      ['vehicleOps', ''],
      ['vehicleOps', 'decrease'],
      ['vehiclePurchase', ''],
      ['reception', ''],
    ]);
    expect(found[4].labelInherited).toBe(true);
  });

  it('tells 上年末固定资产 from 拟购置固定资产', () => {
    expect(keys(seed('上年末固定资产'))).toEqual([
      ['40.20万元', 'fixedAssets', ''],
      ['0.00万元', 'procurement', ''],
    ]);
  });

  it('reads changes with and without a subject', () => {
    const text =
      '2022年预算收支安排181.83万元，较2021年预算增加87.33万元，其中：基本支出增加11.33万元，主要为人员经费和公用经费支出；项目支出比上年减少76万元。';
    const found = findStatedAmounts(text);
    expect(found.map((s) => [s.label?.key, s.change ?? ''])).toEqual([
      ['budgetTotal', ''],
      ['budgetTotal', 'increase'],
      ['basic', 'increase'],
      ['project', 'decrease'],
    ]);
    expect(found[1].labelInherited).toBe(true);
    expect(found[2].labelInherited).toBeUndefined();
  });

  it('reads the seed-002 wording of 人员经费, 公用经费 and 项目支出', () => {
    const text =
      '其中基本支出105.83万元，包括人员类项目经费92.66万元和运转类公用项目经费13.17万元；运转类其他及特定目标类项目支出76万元';
    expect(keys(text).map((k) => k[1])).toEqual(['basic', 'personnel', 'public', 'project']);
  });

  it('reads a label inside a longer name as that name: 劳务派遣人员经费 is a project, not 人员经费', () => {
    expect(keys('项目支出28.00万元，包括专项业务培训17.10万元，劳务派遣人员经费10.90万元。')).toEqual([
      ['28.00万元', 'project', ''],
      ['17.10万元', '专项业务培训', ''],
      ['10.90万元', '劳务派遣人员经费', ''],
    ]);
    expect(keys('2024年部门支出预算为5.00万元，上年末固定资产金额为1.00万元')).toEqual([
      ['5.00万元', 'expenditureTotal', ''],
      ['1.00万元', 'fixedAssets', ''],
    ]);
  });

  it('leaves an amount unlabelled when other words stand between label and amount', () => {
    const [s] = findStatedAmounts('基本支出表中列示的单价20万元以上设备');
    expect(s.label).toBeUndefined();
  });

  it('reads full-width punctuation and digits', () => {
    const [s] = findStatedAmounts('其中：因公出国（境）费０万元');
    expect(s.label?.key).toBe('outbound');
    expect(s.amount.value.isZero()).toBe(true);
  });
});

describe('findStatedAmounts names', () => {
  it('drops connectors and a leading year from the name before an unlabelled amount', () => {
    const found = findStatedAmounts('项目支出27.23万元，主要用于2024年网络宣传管理2.4万元、以及网络执法0.2万元');
    expect(found.map((s) => s.name)).toEqual([undefined, '网络宣传管理', '网络执法']);
  });
});
