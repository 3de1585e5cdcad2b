import type Decimal from 'decimal.js';
import { REASON_PLACEHOLDER } from '../changeSection';
import type { SectionContext } from '../sectionContext';
import { threePublicFigures } from '../threePublicFigures';
import type { NarrativeSection } from '../types';
import { previousYearText, wan, yearText } from '../wording';
import { changeOn, paragraphed } from './wording';

/** The heading of the first part of 其他相关情况说明, under the part's own heading. */
export const OTHER_MATTERS_HEADING = '其他相关情况说明';

/**
 * 一、“三公”经费预算情况说明 in the template's four paragraphs: the total and its change, then 因公出国（境）费,
 * 公务用车购置及运行费 (购置费, 运行费) and 公务接待费, each with its change and, where it changed, the reason to
 * complete. Without last year each change is a placeholder.
 */
export function threePublicSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const y = yearText(ctx.year);
  const title = `${y}“三公”经费预算情况说明`;
  const base = { id: 'three_public', title, headings: [OTHER_MATTERS_HEADING, `一、${title}`], notes } as const;
  const f = threePublicFigures(ctx.workbook, notes);
  if (!f) {
    notes.push('工作簿中没有“三公”经费和机关运行经费预算表');
    return { ...base, text: '（缺少“三公”经费和机关运行经费预算表，无法说明“三公”经费预算。）' };
  }
  const last = ctx.previous?.threePublic;
  const py = previousYearText(ctx.year, ctx.previous?.year);
  if (!last) notes.push('没有上年“三公”经费预算数：增减处留有占位符');
  // An item that changed needs its reason; an unchanged one or an unknown change does not ask for it.
  const item = (now: Decimal, before: Decimal | undefined) => {
    const change = changeOn(now, before, py, '与');
    const reason = before && !now.equals(before) ? `，主要原因是${REASON_PLACEHOLDER}` : '';
    return `${wan(now)}，${change}${reason}`;
  };
  const paragraphs = [
    `${y}“三公”经费预算数为${wan(f.total)}，${changeOn(f.total, last?.total, py, '与')}。其中：`,
    `（一）因公出国（境）费${item(f.outbound, last?.outbound)}。`,
    `（二）公务用车购置及运行费${item(f.vehicle, last?.vehicle)}。其中：公务用车购置费${item(f.vehiclePurchase, last?.vehiclePurchase)}；` +
      `公务用车运行费${item(f.vehicleOps, last?.vehicleOps)}。`,
    `（三）公务接待费${item(f.reception, last?.reception)}。`,
  ];
  return { ...base, ...paragraphed(paragraphs) };
}
