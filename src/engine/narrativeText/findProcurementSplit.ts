import { findAmounts, normalizeParagraph, type StatedAmount } from './findAmounts';

/** '政府采购预算830.00万元，其中：政府采购货物预算10.00万元、政府采购工程预算550.00万元、政府采购服务预算270.00万元'. */
export interface ProcurementSplit {
  total: StatedAmount;
  goods: StatedAmount;
  works: StatedAmount;
  services: StatedAmount;
}

const NUMBER = '(?=\\d)[\\d,.]+\\s*(?:万元|元)';
const SPLIT = new RegExp(
  `政府采购预算(?:为|总额为?)?\\s*(${NUMBER})\\s*[,;]?\\s*其中:?\\s*(?:政府采购)?货物(?:预算)?(?:为)?\\s*(${NUMBER})\\s*[、,;]\\s*(?:政府采购)?工程(?:预算)?(?:为)?\\s*(${NUMBER})\\s*[、,;]\\s*(?:政府采购)?服务(?:预算)?(?:为)?\\s*(${NUMBER})`,
  'g',
);

export function findProcurementSplits(text: string): ProcurementSplit[] {
  const s = normalizeParagraph(text);
  const amounts = findAmounts(text);
  const found: ProcurementSplit[] = [];
  for (const m of s.matchAll(SPLIT)) {
    const start = m.index ?? 0;
    const inside = amounts.filter((a) => a.start >= start && a.end <= start + m[0].length);
    if (inside.length !== 4) continue;
    const [total, goods, works, services] = inside;
    found.push({ total, goods, works, services });
  }
  return found;
}
