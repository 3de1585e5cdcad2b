import { matchNames, nameStem, sameName } from '../../../src/engine/narrativeText';

describe('name matching', () => {
  it('ignores a trailing 费/经费/费用/支出 and 和', () => {
    expect(nameStem('网站和新媒体业务费')).toBe('网站新媒体业务');
    expect(sameName('工会费', '工会经费')).toBe(true);
    expect(sameName('其他商品服务费', '其他商品和服务支出')).toBe(true);
    expect(sameName('电费', '邮电费')).toBe(false);
  });

  it('matches the same name first, then a prefix of at least four characters', () => {
    const names = ['网络设备维护费', '网络宣传管理', '网络执法'];
    expect(matchNames('网络设备维护', names, (n) => n)).toEqual(['网络设备维护费']);
    expect(matchNames('网络宣传管理经费', names, (n) => n)).toEqual(['网络宣传管理']);
    expect(matchNames('网络', names, (n) => n)).toEqual([]);
    expect(matchNames('网络安全监测预警体系建设和工作经费', ['网络安全监测预警体系和工作经费'], (n) => n)).toEqual([]);
  });
});
