/** Shared by the corpus tests: build some corpus files into a temp dir and check them in-process. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookFile } from '../../src/cli/readWorkbookFile';
import { checkWorkbook, type CheckResult } from '../../src/engine/checkWorkbook';
import type { Finding } from '../../src/engine/findings';
import type { WorkbookGrid } from '../../src/engine/grid';
import { buildCorpus, ORIGINAL, type CorpusFile } from '../fixtures/corpus/buildCorpus';

export interface Corpus {
  dir: string;
  files: CorpusFile[];
  /** Read and check one corpus file (or 'original.xlsx') the way the command line does. */
  check(name: string): Promise<CheckResult>;
  /** The grid the command line reads from one corpus file. */
  read(name: string): Promise<WorkbookGrid>;
  remove(): Promise<void>;
}

export async function makeCorpus(only?: readonly string[]): Promise<Corpus> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-corpus-'));
  const files = await buildCorpus(dir, only);
  return {
    dir,
    files: [ORIGINAL, ...files],
    check: async (name) => checkWorkbook((await readWorkbookFile(path.join(dir, name))).grid),
    read: async (name) => (await readWorkbookFile(path.join(dir, name))).grid,
    remove: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

export function cellKeys(f: Finding): string[] {
  return f.cells.map((c) => `${c.sheet}!${c.address}`);
}

/** A finding without its wording: rule, severity, cells, expected and actual. */
export function findingKey(f: Finding, mapCell: (cell: string) => string = (c) => c): string {
  return [f.ruleId, f.severity, cellKeys(f).map(mapCell).join(' '), f.expected ?? '', f.actual ?? ''].join('|');
}

export function keys(result: CheckResult, mapCell?: (cell: string) => string): string[] {
  return result.findings.map((f) => findingKey(f, mapCell)).sort();
}

/** Findings a reviewer must act on (error and warning). */
export function loud(result: CheckResult): Finding[] {
  return result.findings.filter((f) => f.severity !== 'info');
}

/** A rule that threw shows as an info finding '规则“…”未能完成'; none may appear. */
export function crashedRules(result: CheckResult): Finding[] {
  return result.findings.filter((f) => /未能完成/.test(f.message));
}
