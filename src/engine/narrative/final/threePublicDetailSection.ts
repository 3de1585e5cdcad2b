import type { SectionContext } from '../sectionContext';
import type { NarrativeSection } from '../types';
import { wan } from '../wording';
import { departmentName, FILL_PLACEHOLDER, finalYear, paragraphed, shareOf, USE_PLACEHOLDER } from './finalWording';
import { THREE_PUBLIC_ITEMS, threePublicFinalFigures } from './threePublicFinalFigures';

export const THREE_PUBLIC_DETAIL = '（二）“三公”经费财政拨款支出决算具体情况说明。';

/**
 * 七（二）: each item's 决算数 and share of the 三公 决算 total from 表7, then the template's item paragraphs; the
 * counts (团组, 人次, 车辆, 批次) and 外宾接待 are in no table and stay placeholders. No 决算数 at all is
 * '<单位>Y年度无“三公”经费财政拨款支出。'
 */
export function threePublicDetailSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const title = THREE_PUBLIC_DETAIL;
  const base = { id: 'three_public_detail', title, headings: [title], notes } as const;
  const f = threePublicFinalFigures(ctx.workbook);
  if (!f) {
    notes.push('工作簿中没有财政拨款“三公”经费支出决算表');
    return { ...base, text: '（缺少财政拨款“三公”经费支出决算表，无法说明“三公”经费。）' };
  }
  const dept = departmentName(ctx.workbook.unitName);
  const y = finalYear(ctx.year);
  const a = f.actual;
  if (a.total.isZero()) return { ...base, text: `${dept}${y}无“三公”经费财政拨款支出。` };
  notes.push('因公出国（境）团组和人次、公务用车保有量、公务接待批次和人次、外宾接待支出不在表中，请填写占位处');
  const shares = THREE_PUBLIC_ITEMS.map(([key, name]) => `${name}支出决算${wan(a[key])}${shareOf(a[key], a.total)}`);
  const n = FILL_PLACEHOLDER;
  const paragraphs = [
    `“三公”经费财政拨款支出决算中，${shares.join('；')}。具体情况如下：`,
    `1、因公出国（境）费支出${wan(a.outbound)}。全年安排因公出国（境）团组${n}个、累计${n}人次。`,
    `2、公务用车购置及运行维护费支出${wan(a.vehicle)}。其中：`,
    `公务用车购置支出为${wan(a.vehiclePurchase)}。`,
    `公务用车运行维护支出${wan(a.vehicleOps)}。主要用于${USE_PLACEHOLDER}。` +
      `${y.replace('年度', '年')}，${dept}所属各预算单位开支财政拨款的公务用车保有量为${n}辆。`,
    `3、公务接待费支出${wan(a.reception)}。其中：`,
    `国内公务接待支出${wan(a.reception)}（含外宾接待支出${n}万元）。其中：接待外宾${n}批次、${n}人次。`,
  ];
  return { ...base, ...paragraphed(paragraphs) };
}
