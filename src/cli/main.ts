import * as path from 'path';
import type { YearBudgetFigures } from '../engine/budgetVsFinal/types';
import { checkWorkbook, type CheckResult } from '../engine/checkWorkbook';
import { FAMILY_NAMES, SEVERITY_NAMES } from '../engine/findings';
import { ALL_RULES } from '../engine/rules';
import { DOCUMENT_NAMES } from '../engine/templates';
import { summaryFormat, writeBatchSummary } from './batchSummaryOutput';
import { addCheckedFile, addFailedFile, type BatchSummary } from './batchSummaryRows';
import { collectFiles } from './collectFiles';
import { formatTextReport } from './formatTextReport';
import { parseArgs } from './parseArgs';
import { ProgressBar } from './progressBar';
import { readWorkbookFile, type LoadedWorkbook } from './readWorkbookFile';
import { readYearBudgetFile } from './readYearBudgetFile';
import { toJsonReport } from './toJsonReport';
import { WorkbookReadError } from './WorkbookReadError';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

export const USAGE = `用法：
  budget-check validate 文件.xlsx|文件夹 [更多 …] [--json] [--strict] [--summary 汇总.xlsx|汇总.csv] [--budget 预算.xlsx]
      校验部门预算公开工作簿；文件夹按名称顺序逐层查找其中的 .xlsx。--json 每个文件输出一行 JSON；
      --strict 严格模式（尾差按错误处理）；--summary 写出整批的汇总（每个文件一行，.xlsx 另附“全部问题”工作表）；
      --budget 校验部门决算时读取同年部门预算，核对“三公”经费预算数、说明中的年初预算和年度（提示性）。
  budget-check annotate 文件.xlsx -o 输出.xlsx [--json] [--strict]
      写出一份标记了问题单元格（填充色 + 批注）并附“校验报告”工作表的副本；原文件不会被改动。
  budget-check narrative 文件.xlsx [--previous 上年文件.xlsx] [--budget 预算.xlsx] [--json] [-o 输出.xlsx]
      按表格数字生成情况说明各节（收入、支出、比上年增减、机关运行经费、“三公”经费、政府采购、国有资产、项目绩效）；
      --previous 读取上年预算工作簿以计算增减；--budget 为部门决算读取同年预算（年初预算、完成率）；
      --json 输出一个 JSON 对象；
      -o 写出一份在“情况说明”工作表插入了这些段落的副本（再次对副本运行时替换该区域，不会重复插入；原文件不会被改动）。
  budget-check fix 文件.xlsx -o 输出.xlsx [--only narrative|tables] [--json] [--strict]
      按诊断结果写出一份修正后的副本并逐条列出修改（单元格、原值、新值、解决的问题），再复核副本；
      --only narrative 只改说明文字，--only tables 只改表格数字；公式单元格不改写；原文件不会被改动。
  budget-check rules [--json]
      列出全部审核规则（编号、类别、级别、说明）。
退出码：0 无错误；1 有错误项；2 文件无法读取或其中没有预算表。`;

async function loadAndCheck(
  file: string,
  strict: boolean,
  budget?: YearBudgetFigures,
): Promise<{ loaded: LoadedWorkbook; result: CheckResult }> {
  const loaded = await readWorkbookFile(file);
  const result = checkWorkbook(loaded.grid, { strict, budget });
  if (result.tables.length === 0) {
    throw new WorkbookReadError(
      'no-budget-table',
      `${path.basename(file)}：没有找到部门预算公开表（按表格标题识别，如“部门预算收支总表”）`,
    );
  }
  return { loaded, result };
}

/** One line for stderr: a read failure says why; anything else is our bug, said without a stack. */
function failureLine(file: string, e: unknown): string {
  if (e instanceof WorkbookReadError) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `${path.basename(file)}：校验时发生内部错误（${detail}）`;
}

function report(io: Io, file: string, result: CheckResult, json: boolean): void {
  io.out(json ? JSON.stringify(toJsonReport(file, result)) : formatTextReport(file, result));
}

/** Why `--summary FILE` cannot be written, before any file is read; undefined when it can. */
function summaryProblem(summary: string, args: readonly string[]): string | undefined {
  if (!summaryFormat(summary)) return `--summary 只能写 .xlsx 或 .csv 文件：${summary}`;
  if (args.some((a) => path.resolve(a) === path.resolve(summary))) {
    return '汇总文件不能是被校验的文件之一：输入文件从不被改写，请用 --summary 指定另一个文件名';
  }
  return undefined;
}

async function validate(
  io: Io,
  args: string[],
  json: boolean,
  strict: boolean,
  summaryFile: string | undefined,
  budgetFile?: string,
): Promise<number> {
  const problem = summaryFile === undefined ? undefined : summaryProblem(summaryFile, args);
  if (problem) {
    io.err(problem);
    return EXIT_UNREADABLE;
  }
  // Read before any checked file: a wrong 预算 file stops the run instead of silently checking without it.
  let budget: YearBudgetFigures | undefined;
  if (budgetFile !== undefined) {
    try {
      budget = await readYearBudgetFile(budgetFile);
    } catch (e) {
      io.err(failureLine(budgetFile, e));
      return EXIT_UNREADABLE;
    }
  }
  // A summary written into a scanned folder by an earlier run is output, not a submission.
  const { files, problems } = await collectFiles(args, summaryFile === undefined ? [] : [summaryFile]);
  for (const line of problems) io.err(line);
  let code = problems.length > 0 ? EXIT_UNREADABLE : EXIT_OK;
  const batch: BatchSummary | undefined = summaryFile === undefined ? undefined : { files: [], findings: [] };
  // The bar goes straight to the terminal, not through io: it is redrawn in place and never part of a report.
  const progress = ProgressBar.on(process.stderr, files.length);
  for (const [i, file] of files.entries()) {
    progress?.show(i, file);
    try {
      const { result } = await loadAndCheck(file, strict, budget);
      progress?.clear();
      if (!json && i > 0) io.out('');
      report(io, file, result, json);
      if (batch) addCheckedFile(batch, toJsonReport(file, result));
      if (result.summary.error > 0 && code === EXIT_OK) code = EXIT_FINDINGS;
    } catch (e) {
      progress?.clear();
      const line = failureLine(file, e);
      io.err(line);
      if (json) {
        const failure = e instanceof WorkbookReadError ? e.failure : 'internal';
        io.out(JSON.stringify({ schemaVersion: 1, file, error: { code: failure, message: line } }));
      }
      if (batch) addFailedFile(batch, file, line);
      code = EXIT_UNREADABLE;
    }
  }
  progress?.clear();
  if (batch && summaryFile !== undefined && files.length > 0) {
    try {
      await writeBatchSummary(summaryFile, summaryFormat(summaryFile)!, batch);
    } catch (e) {
      io.err(`无法写出汇总 ${summaryFile}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return EXIT_UNREADABLE;
    }
    if (!json) io.out(`\n已写出批量汇总：${summaryFile}（${files.length} 个文件）`);
  }
  return code;
}

async function annotate(io: Io, file: string, output: string, json: boolean, strict: boolean): Promise<number> {
  if (path.resolve(file) === path.resolve(output)) {
    io.err('输出文件不能与原文件相同：原文件从不被改写，请用 -o 指定另一个文件名');
    return EXIT_UNREADABLE;
  }
  let checked: { loaded: LoadedWorkbook; result: CheckResult };
  try {
    checked = await loadAndCheck(file, strict);
  } catch (e) {
    io.err(failureLine(file, e));
    return EXIT_UNREADABLE;
  }
  const { loaded, result } = checked;
  // Loaded here, not at start: validate, the common command, never needs it.
  const { markCells } = await import('./annotateWorkbook');
  const { writeReportSheet } = await import('./writeReportSheet');
  const marked = markCells(loaded.excel, result.findings);
  const reportSheet = writeReportSheet(loaded.excel, result);
  try {
    await loaded.excel.xlsx.writeFile(output);
  } catch (e) {
    io.err(`无法写出 ${output}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return EXIT_UNREADABLE;
  }
  report(io, file, result, json);
  if (!json) io.out(`已写出标记副本：${output}（标记 ${marked} 个单元格，附“${reportSheet}”工作表）`);
  return result.summary.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** The rule catalogue, for reviewers who want to know what is checked. */
/** What the reader of the catalogue should know about diagnosis and fixes (issue 10). */
const RULES_FOOTER = [
  '',
  '说明：比较金额的规则（表内层级、列间、总表平衡、表间核对、说明与表格、项目）都陈述其勾稽关系，成立与否均记录；',
  '不成立时，诊断找出能以一处修改解释全部相关错误的单元格，列为每条问题的第一个单元格，并给出修正建议',
  '（validate --json 的 fix，budget-check fix 写出修正副本）。尾差同样诊断，仍列为尾差/说明。',
].join('\n');

function listRules(io: Io, json: boolean): number {
  if (json) {
    for (const r of ALL_RULES)
      io.out(
        JSON.stringify({
          ruleId: r.id,
          family: r.family,
          severity: r.severity,
          document: r.document ?? 'any',
          title: r.title,
        }),
      );
    return EXIT_OK;
  }
  for (const r of ALL_RULES) {
    const document = r.document ? DOCUMENT_NAMES[r.document] : '预算和决算';
    io.out(`${r.id}\t${FAMILY_NAMES[r.family]}\t${SEVERITY_NAMES[r.severity]}\t${document}\t${r.title}`);
  }
  io.out(RULES_FOOTER);
  return EXIT_OK;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if (args.help || !args.command) {
    io.out(USAGE);
    return args.help ? EXIT_OK : EXIT_UNREADABLE;
  }
  if (args.error) {
    io.err(`${args.error}\n${USAGE}`);
    return EXIT_UNREADABLE;
  }
  switch (args.command) {
    case 'validate':
      if (args.files.length === 0) break;
      return validate(io, args.files, args.json, args.strict, args.summary, args.budget);
    case 'annotate':
      if (args.files.length !== 1 || !args.output) break;
      return annotate(io, args.files[0], args.output, args.json, args.strict);
    case 'narrative':
      if (args.files.length !== 1) break;
      // The generators are loaded only for this command (start-up time of validate).
      return (await import('./narrativeCommand')).narrativeCommand(
        io,
        args.files[0],
        args.previous,
        args.json,
        args.output,
        args.budget,
      );
    case 'fix':
      if (args.files.length !== 1 || !args.output) break;
      // Loaded only for this command, like annotate's writer.
      return (await import('./fixCommand')).fixCommand(io, args.files[0], args.output, {
        json: args.json,
        strict: args.strict,
        only: args.only,
      });
    case 'rules':
      return listRules(io, args.json);
    default:
      io.err(`不认识的命令：${args.command}\n${USAGE}`);
      return EXIT_UNREADABLE;
  }
  io.err(`参数不完整。\n${USAGE}`);
  return EXIT_UNREADABLE;
}
