import { findTemplateText } from '../../narrativeText';
import type { Finding } from '../../findings';
import { templateById } from '../../templates';
import type { Rule } from '../rule';
import { narrativeParagraphs } from './paragraphs';

/**
 * The blank template's wording left in the text ('XXX万元', '增加（减少）', '（持平）', '主要原因是……', '（若无，则写…）'):
 * the section was filled only in part. One finding per cell (a template section is one cell of many paragraphs).
 */
export const narrativeTemplateText: Rule = {
  id: 'narrative-template-text',
  family: 'narrative',
  severity: 'warning',
  title: '情况说明中不应留有模板原文（如 XXX万元、增加（减少）、（持平）、主要原因是……、（若无，则写…））',
  check(ctx) {
    const template = templateById(ctx.workbook.template).id;
    const byCell = new Map<string, { cell: Finding['cells'][number]; raws: string[] }>();
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      const found = findTemplateText(paragraph.text, template);
      if (!found.length) continue;
      const key = `${paragraph.cell.sheet}!${paragraph.cell.address}`;
      const entry = byCell.get(key) ?? { cell: paragraph.cell, raws: [] };
      for (const t of found) if (!entry.raws.includes(t.raw.trim())) entry.raws.push(t.raw.trim());
      byCell.set(key, entry);
    }
    return [...byCell.values()].map(({ cell, raws }) => ({
      ruleId: narrativeTemplateText.id,
      family: narrativeTemplateText.family,
      severity: narrativeTemplateText.severity,
      message: `情况说明中留有模板原文“${raws.join('”、“')}”，请按实际情况填写或删去`,
      cells: [cell],
      table: 'narrative' as const,
      actual: raws.join('、'),
    }));
  },
};
