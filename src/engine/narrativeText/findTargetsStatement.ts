import { findAmounts, normalizeParagraph, type StatedAmount } from './findAmounts';

/** '编报绩效目标的项目5个，涉及项目预算资金3328.13万元': how many projects carry 绩效目标, and their money. */
export interface TargetsStatement {
  count: number;
  amount: StatedAmount;
}

const TARGETS = /编报绩效目标的项目(?:共)?\s*(\d+)\s*个\s*[,;]?\s*(?:共)?涉及项目预算资金(?:共)?\s*(?=\d)/g;

export function findTargetsStatements(text: string): TargetsStatement[] {
  const s = normalizeParagraph(text);
  const amounts = findAmounts(text);
  const found: TargetsStatement[] = [];
  for (const m of s.matchAll(TARGETS)) {
    const amount = amounts.find((a) => a.start === (m.index ?? 0) + m[0].length);
    if (amount) found.push({ count: Number(m[1]), amount });
  }
  return found;
}
