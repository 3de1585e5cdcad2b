import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tableOf } from '../../tables/types';
import { findingList, relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';
import { THREE_PUBLIC_ECONOMIC_PAIRS } from './threePublicEconomicPairs';
import { rowsByCode } from '../final/finalFigures';

/**
 * 决算 F4: 表7 covers 基本支出 and 项目支出, 表6 only 基本支出, so each 三公 决算数 is at least the matching 表6 款 — part ≤
 * whole. A 款 表6 does not print, or an item 表7 has no column for, is not compared.
 */
export const finalThreePublicVsBasicRule: Rule = {
  id: 'final-three-public-vs-basic',
  family: 'cross-table',
  document: 'final',
  severity: 'error',
  title: '财政拨款“三公”经费支出决算表各项决算数不小于基本支出决算表对应经济科目',
  check: (ctx): Finding[] => {
    const three = tableOf(ctx.workbook, 'final_three_public');
    const basic = tableOf(ctx.workbook, 'final_basic_expenditure');
    if (!three || !basic) return [];
    const { findings, push } = findingList();
    const byCode = rowsByCode(basic);
    for (const pair of THREE_PUBLIC_ECONOMIC_PAIRS) {
      const row = byCode.get(pair.code);
      const part = row?.values.actual;
      const whole = three.actual[pair.item];
      if (!part || !whole) continue;
      const label = three.labels[pair.item]?.text.trim() || pair.name;
      push(
        relateFigures({
          rule: finalThreePublicVsBasicRule,
          ctx,
          table: basic.kind,
          left: [part],
          right: [whole],
          operator: 'le',
          describe: `${TABLE_KIND_NAMES[three.kind]}“${label}”决算数 不应小于 ${TABLE_KIND_NAMES[basic.kind]}“${pair.code} ${row?.name ?? ''}”`,
        }),
      );
    }
    return findings;
  },
};
