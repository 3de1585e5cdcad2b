import { threePublicFigures } from './threePublicFigures';
import type { SectionContext } from './sectionContext';
import type { NarrativeSection, ThreePublicFigures } from './types';
import { REASON_PLACEHOLDER } from './changeSection';
import { changeText, previousYearText, wan, yearText } from './wording';

const KEYS = ['total', 'outbound', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'] as const;

/** The items of the 三公 sentence, each worded by `f`. */
function itemised(f: (key: (typeof KEYS)[number]) => string): string {
  return (
    `因公出国（境）费${f('outbound')}；公务用车购置及运维费${f('vehicle')}` +
    `（其中：公务用车购置费${f('vehiclePurchase')}，公务用车运行维护费${f('vehicleOps')}）；公务接待费${f('reception')}`
  );
}

function changeSentence(current: ThreePublicFigures, previous: ThreePublicFigures, py: string): string {
  if (KEYS.every((k) => current[k].equals(previous[k]))) return `与${py}相比持平，无增减变化。`;
  const say = (k: (typeof KEYS)[number]) => changeText(current[k], previous[k]);
  return `与${py}相比，“三公”经费${say('total')}，其中：${itemised(say)}。主要原因是${REASON_PLACEHOLDER}。`;
}

/**
 * 财政拨款“三公”经费: '2024年，财政拨款“三公”经费预算安排2.40万元，其中：因公出国（境）费0.00万元；公务用车
 * 购置及运维费2.40万元（其中：公务用车购置费0.00万元，公务用车运行维护费2.40万元）；公务接待费0.00万元。'
 * then the change on last year, or what is missing to state it.
 */
export function threePublicSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const base = { id: 'three_public', title: '财政拨款“三公”经费预算情况及增减变化原因', notes } as const;
  const f = threePublicFigures(ctx.workbook, notes);
  if (!f) {
    notes.push('工作簿中没有“三公”经费支出表');
    return { ...base, text: '（缺少财政拨款“三公”经费支出表，无法说明“三公”经费。）' };
  }
  const py = previousYearText(ctx.year, ctx.previous?.year);
  let text = `${yearText(ctx.year)}，财政拨款“三公”经费预算安排${wan(f.total)}，其中：${itemised((k) => wan(f[k]))}。`;
  const previous = ctx.previous?.threePublic;
  if (previous) text += changeSentence(f, previous, py);
  else {
    text += `（缺少${py}“三公”经费预算数，与上年比较需上年数。）`;
    notes.push('没有上年“三公”经费预算数，未说明增减变化');
  }
  return { ...base, text };
}
