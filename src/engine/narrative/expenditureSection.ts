import { expenditureFigures } from './expenditureFigures';
import { largestProjects, projectsOf } from './largestProjects';
import type { SectionContext } from './sectionContext';
import type { NarrativeSection } from './types';
import { wan, yearText } from './wording';

/** How many projects the 支出说明 names. */
export const NAMED_PROJECTS = 5;

/** '，主要为劳务派遣人员经费14.03万元，…等' with each project's own 预算数. */
function projectPhrase(ctx: SectionContext): string {
  const named = largestProjects(ctx.workbook, NAMED_PROJECTS);
  if (!named.length) return '';
  const more = projectsOf(ctx.workbook).length > named.length ? '等' : '';
  return `，主要为${named.map((p) => `${p.name.text.trim()}${wan(p.budget.value)}`).join('，')}${more}`;
}

/**
 * 支出说明: '2024年部门支出预算为384.34万元，其中基本支出357.11万元，包括人员经费332.33万元和日常公用经费
 * 24.79万元；项目支出27.23万元，主要为…'. A clause whose table is missing is left out and noted.
 */
export function expenditureSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const f = expenditureFigures(ctx.workbook, notes);
  const base = { id: 'expenditure', title: '支出说明', notes } as const;
  if (!f.total) {
    notes.push('工作簿中没有收支总表或支出总表，支出总额无从取数');
    return { ...base, text: '（缺少部门预算收支总表和支出总表，无法生成支出说明。）' };
  }
  let text = `${yearText(ctx.year)}部门支出预算为${wan(f.total)}`;
  if (f.basic && f.project) {
    text += `，其中基本支出${wan(f.basic)}`;
    if (f.personnel && f.public) text += `，包括人员经费${wan(f.personnel)}和日常公用经费${wan(f.public)}`;
    else notes.push('工作簿中没有基本支出表，未说明人员经费和日常公用经费');
    text += `；项目支出${wan(f.project)}${projectPhrase(ctx)}`;
  } else {
    notes.push('工作簿中没有支出总表，未说明基本支出和项目支出');
  }
  return { ...base, text: `${text}。` };
}
