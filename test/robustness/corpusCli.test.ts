/**
 * Issue 6: the real command line on every bad-input corpus file. A workbook gives its report (exit 0/1); a file
 * it cannot read gives exit 2 and exactly one readable Chinese line on stderr — never a crash, hang or stack.
 */
import { execFile } from 'child_process';
import * as path from 'path';
import { ROOT } from '../cli/runCli';
import { corpusFiles } from '../fixtures/corpus/buildCorpus';
import { makeCorpus, type Corpus } from './corpusHelpers';

const BIN = path.join(ROOT, 'bin', 'budget-check.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The compiled bin (built by `pretest`), asynchronously so the files run side by side. */
function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

const FILES = corpusFiles();
let corpus: Corpus;
const runs = new Map<string, Run>();

beforeAll(async () => {
  corpus = await makeCorpus();
  const queue = [...corpus.files];
  const worker = async (): Promise<void> => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      runs.set(f.name, await run(['validate', path.join(corpus.dir, f.name), '--json']));
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}, 240_000);

afterAll(() => corpus.remove());

function expectOneCleanLine(stderr: string, name: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/[\u4e00-\u9fff]/);
  expect(lines[0]).toContain(name);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
  expect(stderr).not.toMatch(/Error|内部错误/);
}

describe('budget-check validate on every corpus file', () => {
  it('ran every file', () => {
    expect(corpus.files.map((f) => f.name)).toEqual(FILES.map((f) => f.name));
    expect([...runs.keys()].sort()).toEqual(FILES.map((f) => f.name).sort());
  });

  it.each(FILES.map((f) => [f.name, f.exit, f]))('%s exits %i', (_name, _exit, file) => {
    const r = runs.get(file.name)!;
    const outcome = { file: file.name, status: r.status };
    expect(outcome).toEqual({ file: file.name, status: file.exit });
    if (file.exit === 2) {
      expectOneCleanLine(r.stderr, file.name);
      expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 1, error: { code: file.failure } });
      return;
    }
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.file).toContain(file.name);
    expect(report.tables.length).toBeGreaterThan(0);
    expect(report.summary.error > 0).toBe(file.exit === 1);
  });
});
