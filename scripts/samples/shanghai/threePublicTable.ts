/** 部门“三公”经费和机关运行经费预算表: three header rows and one data row, in 万元 ('单位:万元', ASCII colon). */
import { type HeaderCell, type TableContext } from '../tableWriter';
import { writeAmount } from './amountCell';
import { SH_THREE_PUBLIC_KEYS, type ShanghaiBudgetData } from './shanghaiData';
import type { ShanghaiVariant } from './shanghaiVariant';

const HEADERS: HeaderCell[][] = [
  [
    { text: '“三公”经费预算数', colSpan: 6 },
    { text: '机关运行经费预算数', rowSpan: 3 },
  ],
  [
    { text: '合计', rowSpan: 2 },
    { text: '因公出国(境)费', rowSpan: 2 },
    { text: '公务接待费', rowSpan: 2 },
    { text: '公务用车购置及运行费', colSpan: 3 },
  ],
  [{ text: '小计' }, { text: '购置费' }, { text: '运行费' }],
];

export function layoutShanghaiThreePublic(
  ctx: TableContext,
  variant: ShanghaiVariant,
  top: number,
  left: number,
  data: ShanghaiBudgetData,
): number {
  const width = SH_THREE_PUBLIC_KEYS.length;
  ctx.title(top, left, width, `${data.year}年部门“三公”经费和机关运行经费预算表`);
  ctx.meta(top + 1, left, width, { unit: `编制部门：${data.unitName}`, right: '单位:万元' });
  let row = top + 2;
  row += ctx.header(row, left, width, HEADERS);
  SH_THREE_PUBLIC_KEYS.forEach((key, j) => writeAmount(ctx, variant, row, left + j, data.threePublic[key]));
  return row + 1;
}
