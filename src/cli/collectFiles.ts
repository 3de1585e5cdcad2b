import { promises as fs } from 'fs';
import * as path from 'path';

/** What the command line's file arguments name once folders are opened. */
export interface CollectedFiles {
  /** Files to check, in the order given; a folder's files in sorted order at the folder's place. */
  files: string[];
  /** One Chinese line per folder that holds no workbook (exit 2, the batch goes on). */
  problems: string[];
}

/** Numbers in names sort as numbers (表2 before 表10), and Chinese names in pinyin order, as Explorer shows them. */
const NAME_ORDER = new Intl.Collator('zh-CN', { numeric: true });

/**
 * .xls is collected too: a reviewer's folder often holds an old-format submission, and a row saying
 * “旧版 .xls” is better than silently leaving it out of the batch.
 */
const WORKBOOK_EXTENSION = /\.xlsx?$/i;

/** Excel's lock files (~$name.xlsx, present while a workbook is open) and hidden files are never submissions. */
function isSkipped(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false; // a missing path is passed on: reading it gives its own clear line
  }
}

/** Every workbook below dir, sorted at each level. Symbolic links to folders are not followed (no loops). */
async function workbooksIn(dir: string, excluded: ReadonlySet<string>): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => NAME_ORDER.compare(a.name, b.name));
  const found: string[] = [];
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await workbooksIn(full, excluded)));
    else if (WORKBOOK_EXTENSION.test(entry.name) && !excluded.has(path.resolve(full))) {
      if (entry.isFile() || (entry.isSymbolicLink() && !(await isDirectory(full)))) found.push(full);
    }
  }
  return found;
}

/**
 * Open folder arguments into the workbooks below them. `excluded` are absolute paths never read as input (the
 * batch summary being written). A file named twice, or named and also inside a named folder, is checked once.
 */
export async function collectFiles(args: readonly string[], excluded: readonly string[] = []): Promise<CollectedFiles> {
  const skip = new Set(excluded.map((p) => path.resolve(p)));
  const seen = new Set<string>();
  const files: string[] = [];
  const problems: string[] = [];
  const add = (file: string): void => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    if (!(await isDirectory(arg))) {
      add(arg);
      continue;
    }
    let found: string[];
    try {
      found = await workbooksIn(arg, skip);
    } catch (e) {
      problems.push(`${arg}：无法读取文件夹（${(e as NodeJS.ErrnoException).code ?? '未知原因'}）`);
      continue;
    }
    if (found.length === 0) problems.push(`${arg}：文件夹中没有 .xlsx 工作簿`);
    found.forEach(add);
  }
  return { files, problems };
}
