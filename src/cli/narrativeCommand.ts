import * as path from 'path';
import {
  blockAlternatives,
  blockMergeText,
  generateNarrative,
  previousYearFigures,
  statedPreviousYear,
  type NarrativeSection,
  type StatedPreviousYear,
} from '../engine/narrative';
import { NARRATIVE_BLOCK_NAME } from '../engine/narrative/narrativeBlock';
import { recognizeWorkbook } from '../engine/tables/recognizeWorkbook';
import type { BudgetWorkbook } from '../engine/tables/types';
import { templateById } from '../engine/templates';
import { insertNarrativeBlock, NarrativeBlockError, type InsertedBlock } from './insertNarrativeBlock';
import type { Io } from './main';
import { readWorkbookFile, type LoadedWorkbook } from './readWorkbookFile';
import { readYearBudgetFile } from './readYearBudgetFile';
import { WorkbookReadError } from './WorkbookReadError';

/** What `narrative --json` prints (BRIEF §5). */
export interface NarrativeJson {
  schemaVersion: 1;
  unit?: string;
  year?: number;
  sections: Array<Pick<NarrativeSection, 'id' | 'title' | 'text' | 'notes'>>;
  /** With -o: where the block was written in the copy. */
  inserted?: InsertedBlock & { file: string };
  /** Without --previous: last year's figures read from the workbook's own 情况说明 ('较2023年预算减少130.4万元'). */
  previousFromText?: Record<string, { value: string; from: string }>;
}

const HEADING_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Read a workbook and recognise its tables; a file without any budget table cannot be described. */
async function readBudgetWorkbook(file: string): Promise<{ loaded: LoadedWorkbook; workbook: BudgetWorkbook }> {
  const loaded = await readWorkbookFile(file);
  const workbook = recognizeWorkbook(loaded.grid);
  if (workbook.tables.length === 0) {
    throw new WorkbookReadError(
      'no-budget-table',
      `${path.basename(file)}：没有找到部门预算公开表（按表格标题识别，如“部门预算收支总表”）`,
    );
  }
  return { loaded, workbook };
}

/** Write a copy of the file with the block inserted (or replaced); the input file is never written. */
async function writeWithBlock(
  loaded: LoadedWorkbook,
  workbook: BudgetWorkbook,
  sections: readonly NarrativeSection[],
  output: string,
): Promise<InsertedBlock> {
  // A block written earlier with other last-year figures, and filled in since, is still recognised as generated.
  const meta = { unit: workbook.unitName, year: workbook.year };
  const inserted = insertNarrativeBlock(loaded.excel, sections, meta, blockAlternatives(workbook));
  try {
    await loaded.excel.xlsx.writeFile(output);
  } catch (e) {
    throw new NarrativeBlockError(`无法写出 ${output}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return inserted;
}

function insertedLine(output: string, inserted: InsertedBlock): string {
  const how = inserted.replaced
    ? `更新了原有的情况说明区域：${inserted.merge ? blockMergeText(inserted.merge) : ''}`
    : '插入了情况说明区域';
  return `已写出副本：${output}（在“${inserted.sheet}”${inserted.address} ${how}，名称 ${NARRATIVE_BLOCK_NAME}）`;
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
  stated?: StatedPreviousYear,
): string {
  const yearLabel = templateById(workbook.template).document === 'final' ? '决算年度' : '预算年度';
  const lines = [`单位：${workbook.unitName ?? '（未识别）'}　${yearLabel}：${workbook.year ?? '（未识别）'}`];
  if (previousFile) lines.push(`上年数取自：${path.basename(previousFile)}`);
  else if (stated?.figures) {
    const from = Object.values(stated.amounts).map((a) => `${a.raw}→上年${a.value.toFixed(2)}万元`);
    lines.push(`上年数取自原说明（未提供 --previous）：${from.join('；')}`);
  }
  sections.forEach((s, i) => {
    // A template with its own headings ('其他相关情况说明', '一、…') prints them; else the numbered title.
    lines.push('', ...(s.headings ?? [`${HEADING_NUMERALS[i] ?? i + 1}、${s.title}`]), s.text);
    for (const note of s.notes) lines.push(`  注：${note}`);
  });
  return lines.join('\n');
}

/**
 * `budget-check narrative FILE [--previous PREV] [--budget BUDGET] [--json] [-o OUT.xlsx]`: exit 0, or 2 when a
 * file cannot be read (the 预算 file too, or it is no 预算) or the copy cannot be written. With -o the copy gets
 * the block (a second run on OUT replaces it).
 */
export async function narrativeCommand(
  io: Io,
  file: string,
  previous: string | undefined,
  json: boolean,
  output?: string,
  budgetFile?: string,
): Promise<number> {
  if (output !== undefined && path.resolve(output) === path.resolve(file)) {
    io.err('输出文件不能与原文件相同：原文件从不被改写，请用 -o 指定另一个文件名');
    return 2;
  }
  let current = file;
  try {
    const { loaded, workbook } = await readBudgetWorkbook(file);
    current = previous ?? file;
    const fromFile = previous ? previousYearFigures((await readBudgetWorkbook(previous)).workbook) : undefined;
    current = file;
    // A 决算's same-year 预算 (年初预算, completion rates); its errors say '预算文件' themselves.
    const budget = budgetFile === undefined ? undefined : await readYearBudgetFile(budgetFile);
    // Without last year's workbook, the changes the 情况说明 itself states give last year's figures.
    const stated = previous ? undefined : statedPreviousYear(workbook);
    const sections = generateNarrative(workbook, { previous: fromFile ?? stated?.figures, budget });
    const inserted = output === undefined ? undefined : await writeWithBlock(loaded, workbook, sections, output);
    if (json) {
      const report = toNarrativeJson(workbook, sections);
      if (inserted && output !== undefined) report.inserted = { file: output, ...inserted };
      if (stated?.figures)
        report.previousFromText = Object.fromEntries(
          Object.entries(stated.amounts).map(([k, a]) => [k, { value: a.value.toFixed(2), from: a.raw }]),
        );
      io.out(JSON.stringify(report));
    } else {
      io.out(formatNarrativeText(workbook, sections, previous, stated));
      if (budget && budgetFile)
        io.out(`\n同年预算取自：${path.basename(budgetFile)}（${budget.year ?? '年度未识别'}年）`);
      if (inserted && output !== undefined) io.out(insertedLine(output, inserted));
    }
    return 0;
  } catch (e) {
    if (e instanceof WorkbookReadError || e instanceof NarrativeBlockError) io.err(e.message);
    else
      io.err(`${path.basename(current)}：生成情况说明时发生内部错误（${e instanceof Error ? e.message : String(e)}）`);
    return 2;
  }
}
