#!/usr/bin/env node
/**
 * `npm run bench` (not part of npm test): measures the engine, the command line, the workbook adapter's
 * round trips, the add-in bundle and the preview host, prints the tables and writes docs/PERFORMANCE.md.
 * `npm run bench -- engine adapter` runs only those parts (engine, cli, adapter, bundle, preview); the
 * document is written only when every part ran. Times vary by machine; counts and bytes do not.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
require('ts-node').register({ transpileOnly: true, project: path.join(ROOT, 'tsconfig.json') });
const { engineBench } = require('./bench/engineBench.ts');
const { adapterBench } = require('./bench/adapterBench.ts');
const { scaledBudget } = require('./bench/scaledBudget.ts');
const { layoutWorkbook } = require('./samples/layoutWorkbook.ts');
const { writeXlsx } = require('./samples/writeXlsx.ts');
const { cliBench, bundleBench, previewBench } = require('./bench/processBench.js');
const { renderReport, table } = require('./bench/report.js');

const PARTS = ['engine', 'cli', 'adapter', 'bundle', 'preview'];

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout?.trim() || String(os.cpus().length);
  return {
    cpu: model.trim(),
    nproc,
    memoryGiB: (os.totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().slice(0, 10),
  };
}

async function main() {
  const asked = process.argv.slice(2).filter((a) => PARTS.includes(a));
  const parts = asked.length ? asked : PARTS;
  const results = { machine: machine() };
  console.log(table([results.machine]));

  if (parts.includes('engine')) {
    console.log('\n引擎（识别 + 全部规则）…');
    results.engine = await engineBench(ROOT);
    console.log(table(results.engine));
  }
  if (parts.includes('cli')) {
    console.log('\n命令行（整个进程）…');
    spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build:cli', '--silent'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    const big = path.join(os.tmpdir(), `budget-bench-100x-${process.pid}.xlsx`);
    await writeXlsx(layoutWorkbook(scaledBudget(100)), big);
    try {
      results.cli = cliBench(ROOT, [{ name: 'generated 100×', file: big }]);
    } finally {
      fs.rmSync(big, { force: true });
    }
    console.log(table(results.cli));
  }
  if (parts.includes('adapter')) {
    console.log('\n加载项适配器（内存 Excel API）…');
    results.adapter = await adapterBench();
    console.log(table(results.adapter));
  }
  if (parts.includes('bundle')) {
    console.log('\n生产构建（gzip）…');
    results.bundle = bundleBench(ROOT);
    console.log(table(results.bundle));
  }
  if (parts.includes('preview')) {
    console.log('\n预览页（Chromium）…');
    results.preview = await previewBench(ROOT);
    console.log(table(results.preview));
  }
  if (parts.length === PARTS.length) {
    const file = path.join(ROOT, 'docs', 'PERFORMANCE.md');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, renderReport(results));
    // Formatted as the lint step (prettier --check .) expects.
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--write', file], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    console.log(`\n已写入 ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
