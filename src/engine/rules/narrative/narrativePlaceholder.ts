import { findPlaceholders, findTemplateText } from '../../narrativeText';
import { templateById } from '../../templates';
import type { Finding } from '../../findings';
import type { Rule } from '../rule';
import { narrativeParagraphs } from './paragraphs';

/** 'XX万元', '×××', '【请填写】' left in the text: the section was never completed. */
export const narrativePlaceholder: Rule = {
  id: 'narrative-placeholder',
  family: 'narrative',
  severity: 'error',
  title: '情况说明中不得留有未填写的占位符（如 XX、×××、【请填写】）',
  check(ctx) {
    const template = templateById(ctx.workbook.template).id;
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      // What the template's own vocabulary covers is narrative-template-text's (a warning), not reported twice.
      const templateText = findTemplateText(paragraph.text, template);
      const found = findPlaceholders(paragraph.text).filter(
        (p) => !templateText.some((t) => t.start <= p.start && p.end <= t.end),
      );
      if (!found.length) continue;
      const raws = [...new Set(found.map((p) => p.raw))];
      findings.push({
        ruleId: narrativePlaceholder.id,
        family: narrativePlaceholder.family,
        severity: narrativePlaceholder.severity,
        message: `情况说明中有未填写的占位符“${raws.join('”、“')}”，请填写实际内容`,
        cells: [paragraph.cell],
        table: 'narrative',
        actual: raws.join('、'),
      });
    }
    return findings;
  },
};
