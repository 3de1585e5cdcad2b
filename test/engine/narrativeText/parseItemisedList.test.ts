import { parseItemisedLists } from '../../../src/engine/narrativeText';
import { SEED_000_PARAGRAPHS, paragraphIndex } from '../../helpers/narrativeBuilders';

describe('parseItemisedLists', () => {
  it('reads the seed 机关运行经费 list: 13 items in order, names and amounts', () => {
    const text = SEED_000_PARAGRAPHS[paragraphIndex('机关运行经费共计')];
    const lists = parseItemisedLists(text);
    expect(lists).toHaveLength(1);
    const items = lists[0].items;
    expect(items.map((i) => i.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(items[4]).toMatchObject({ name: '物业管理费' });
    expect(items[4].amount.value.toString()).toBe('0.46');
    expect(items[12].name).toBe('其他商品服务费');
    const sum = items.reduce((a, i) => a + Math.round(i.amount.value.toNumber() * 100), 0);
    expect(sum).toBe(2393);
    expect(text.slice(lists[0].start, lists[0].start + 2)).toBe('1、');
  });

  it('reads 1. and （1） numbering', () => {
    const [list] = parseItemisedLists('共计3.5万元：1.办公费1.5万元；2.水费2万元。');
    expect(list.items.map((i) => [i.name, i.amount.value.toString()])).toEqual([
      ['办公费', '1.5'],
      ['水费', '2'],
    ]);
    const [other] = parseItemisedLists('（1）差旅费1万元，（2）会议费0.5万元');
    expect(other.items.map((i) => i.name)).toEqual(['差旅费', '会议费']);
  });

  it('needs two numbered items with amounts', () => {
    expect(parseItemisedLists('1、负责处理区委网络安全和信息化委员会日常事务工作。')).toEqual([]);
    expect(parseItemisedLists('1、办公费1.3万元')).toEqual([]);
  });
});
