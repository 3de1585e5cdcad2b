import * as path from 'path';
import { generateNarrative, previousYearFigures, type NarrativeSection } from '../engine/narrative';
import { recognizeWorkbook } from '../engine/tables/recognizeWorkbook';
import type { BudgetWorkbook } from '../engine/tables/types';
import type { Io } from './main';
import { readWorkbookFile } from './readWorkbookFile';
import { WorkbookReadError } from './WorkbookReadError';

/** What `narrative --json` prints (BRIEF §5). */
export interface NarrativeJson {
  schemaVersion: 1;
  unit?: string;
  year?: number;
  sections: Array<Pick<NarrativeSection, 'id' | 'title' | 'text' | 'notes'>>;
}

const HEADING_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Read a workbook and recognise its tables; a file without any budget table cannot be described. */
async function readBudgetWorkbook(file: string): Promise<BudgetWorkbook> {
  const { grid } = await readWorkbookFile(file);
  const workbook = recognizeWorkbook(grid);
  if (workbook.tables.length === 0) {
    throw new WorkbookReadError(
      'no-budget-table',
      `${path.basename(file)}：没有找到部门预算公开表（按表格标题识别，如“部门预算收支总表”）`,
    );
  }
  return workbook;
}

export function toNarrativeJson(workbook: BudgetWorkbook, sections: readonly NarrativeSection[]): NarrativeJson {
  return {
    schemaVersion: 1,
    unit: workbook.unitName,
    year: workbook.year,
    sections: sections.map(({ id, title, text, notes }) => ({ id, title, text, notes })),
  };
}

/** The sections as readable text: numbered titles, the paragraph, then the notes for the author. */
export function formatNarrativeText(
  workbook: BudgetWorkbook,
  sections: readonly NarrativeSection[],
  previousFile?: string,
): string {
  const lines = [`单位：${workbook.unitName ?? '（未识别）'}　预算年度：${workbook.year ?? '（未识别）'}`];
  if (previousFile) lines.push(`上年数取自：${path.basename(previousFile)}`);
  sections.forEach((s, i) => {
    lines.push('', `${HEADING_NUMERALS[i] ?? i + 1}、${s.title}`, s.text);
    for (const note of s.notes) lines.push(`  注：${note}`);
  });
  return lines.join('\n');
}

/** `budget-check narrative FILE [--previous PREV] [--json]`: exit 0, or 2 when a file cannot be read. */
export async function narrativeCommand(
  io: Io,
  file: string,
  previous: string | undefined,
  json: boolean,
): Promise<number> {
  let current = file;
  try {
    const workbook = await readBudgetWorkbook(file);
    current = previous ?? file;
    const prev = previous ? previousYearFigures(await readBudgetWorkbook(previous)) : undefined;
    const sections = generateNarrative(workbook, { previous: prev });
    io.out(
      json ? JSON.stringify(toNarrativeJson(workbook, sections)) : formatNarrativeText(workbook, sections, previous),
    );
    return 0;
  } catch (e) {
    if (e instanceof WorkbookReadError) io.err(e.message);
    else
      io.err(`${path.basename(current)}：生成情况说明时发生内部错误（${e instanceof Error ? e.message : String(e)}）`);
    return 2;
  }
}
