import Decimal from 'decimal.js';
import { toHalfWidth } from '../../amount';
import type { Indicator, ProjectBlock } from '../../tables/types';

/** A 成本指标 whose 指标值 states an amount, converted to 万元. */
export interface CostAmount {
  indicator: Indicator;
  /** The amount in 万元. */
  value: Decimal;
}

/** 成本指标 sits at 二级 under 产出指标 in the older template and at 一级 in the newer one. */
export function isCostIndicator(indicator: Indicator): boolean {
  return /成本/.test(indicator.level1) || /成本/.test(indicator.level2);
}

const CEILING = /^(?:≤|<=|≦|＜=|不超过|不高于|不大于|小于等于|控制在)?(\d+(?:\.\d+)?)(万元|万|元)?(?:以内|以下)?$/;

/**
 * The amount a cost indicator value states, in 万元: '≤0.8', '≤0.8万', '≤3.2万元', '≤14060元'.
 * A bare number needs the ≤ or a unit to count as an amount; anything else ('不超预算', '≤500元/人', '100%')
 * is not an amount and gives null.
 */
export function parseCostAmount(text: string): Decimal | null {
  const s = toHalfWidth(text).replace(/[\s,，]/g, '');
  const m = CEILING.exec(s);
  if (!m) return null;
  const hasCeiling = !/^\d/.test(s);
  const unit = m[2];
  if (!hasCeiling && !unit) return null;
  const value = new Decimal(m[1]);
  return unit === '元' ? value.dividedBy(10000) : value;
}

/** The project's cost indicators that state an amount. */
export function costAmounts(project: ProjectBlock): CostAmount[] {
  const out: CostAmount[] = [];
  for (const indicator of project.indicators) {
    if (!isCostIndicator(indicator)) continue;
    const value = parseCostAmount(indicator.value.text);
    if (value) out.push({ indicator, value });
  }
  return out;
}

/** Cost indicators with any 指标值 written. */
export function filledCostIndicators(project: ProjectBlock): Indicator[] {
  return project.indicators.filter((i) => isCostIndicator(i) && i.value.text.trim() !== '');
}
