import { findAmounts } from '../../../src/engine/narrativeText';

describe('findAmounts', () => {
  it('reads 万元 and 元 amounts with their offsets', () => {
    const text = '2024年预算收入384.34万元，其中：基金预算收入0万元，同比减少0元，项目2.4万元。';
    const found = findAmounts(text);
    expect(found.map((a) => [a.raw, a.value.toFixed(2), a.unit])).toEqual([
      ['384.34万元', '384.34', '万元'],
      ['0万元', '0.00', '万元'],
      ['0元', '0.00', '元'],
      ['2.4万元', '2.40', '万元'],
    ]);
    for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.raw);
  });

  it('converts 元 to 万元', () => {
    expect(findAmounts('公务购车5000元')[0].value.toString()).toBe('0.5');
  });

  it('reads full-width digits and thousands separators', () => {
    const [a, b] = findAmounts('预算收入３８４．３４万元，支出1,234.50万元');
    expect(a.value.toString()).toBe('384.34');
    expect(a.raw).toBe('３８４．３４万元');
    expect(b.value.toString()).toBe('1234.5');
  });

  it('keeps list numbering out of the amount', () => {
    const found = findAmounts('1、办公费1.3万元2、水费0.3万元12、其他交通费用4.98万元13、其他商品服务费0.24万元');
    expect(found.map((a) => a.value.toString())).toEqual(['1.3', '0.3', '4.98', '0.24']);
  });

  it('ignores numbers without a money unit', () => {
    expect(findAmounts('开展网络安全宣传周活动1次，≤0.8万，30%')).toEqual([]);
  });
});
