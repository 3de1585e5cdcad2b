import { findPlaceholders } from '../../../src/engine/narrativeText';

describe('findPlaceholders', () => {
  it('finds XX, ×××, 【请填写】 and 【请填写原因】', () => {
    const text = '较上年增加XX万元，主要原因是【请填写原因】。×××单位【请填写】，ＸＸ项目';
    const found = findPlaceholders(text);
    expect(found.map((p) => p.raw)).toEqual(['XX', '【请填写原因】', '×××', '【请填写】', 'ＸＸ']);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.raw);
  });

  it('leaves ordinary text alone', () => {
    expect(findPlaceholders('网信办2024年部门预算，尺码XXL，【注】见下表。Windows XP')).toEqual([]);
  });
});
