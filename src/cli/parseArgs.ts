export type FixScope = 'narrative' | 'tables';

export interface ParsedArgs {
  command?: string;
  files: string[];
  json: boolean;
  strict: boolean;
  output?: string;
  previous?: string;
  /** `--budget BUDGET.xlsx`: the same year's 预算 a 决算 is compared with. */
  budget?: string;
  /** `validate --summary OUT.xlsx|OUT.csv`: the batch summary file. */
  summary?: string;
  /** `fix --only narrative|tables`: apply only the text fixes, or only the table figures. */
  only?: FixScope;
  help: boolean;
  /** A Chinese message when the arguments are wrong. */
  error?: string;
}

/** A small argument parser: the command, files, and the few flags BRIEF §5 names. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { files: [], json: false, strict: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--strict') out.strict = true;
    else if (a === '-h' || a === '--help') out.help = true;
    else if (a === '--only') {
      const v = argv[++i];
      if (v !== 'narrative' && v !== 'tables') return { ...out, error: '--only 后面需要 narrative 或 tables' };
      out.only = v;
    } else if (a === '-o' || a === '--output' || a === '--previous' || a === '--summary' || a === '--budget') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('-')) return { ...out, error: `${a} 后面需要一个文件名` };
      if (a === '--previous') out.previous = v;
      else if (a === '--budget') out.budget = v;
      else if (a === '--summary') out.summary = v;
      else out.output = v;
    } else if (a.startsWith('-')) return { ...out, error: `不认识的选项：${a}` };
    else if (out.command === undefined) out.command = a;
    else out.files.push(a);
  }
  return out;
}
