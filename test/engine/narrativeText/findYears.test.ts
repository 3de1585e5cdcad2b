import { findYears } from '../../../src/engine/narrativeText';

describe('findYears', () => {
  it('finds years written with 年 and in dates', () => {
    const years = findYears('2021年预算，截止时间：2023-12-31，2022.12.31');
    expect(years.map((y) => [y.year, y.raw])).toEqual([
      [2021, '2021年'],
      [2023, '2023'],
      [2022, '2022'],
    ]);
  });

  it('marks years inside 《》 and 〔〕 as titles', () => {
    const years = findYears('按照《2018年修订的预算法》和冀财预〔2020〕12号');
    expect(years.map((y) => y.inTitle)).toEqual([true]);
  });

  it('links the two ends of a span', () => {
    const [y] = findYears('“十四五”（2021-2025年）规划');
    expect(y).toMatchObject({ year: 2025, rangeWith: 2021 });
  });

  it('does not read amounts or codes as years', () => {
    expect(findYears('预算2019.50万元，编码13011124P000053100573，活动2000次')).toEqual([]);
  });
});
