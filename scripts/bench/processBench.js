/**
 * Benchmarks that time whole processes or builds, in plain Node: the command line end to end (cold
 * start included), the production bundle gzipped per entry, and the preview host in Chromium.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');

function medianOf(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function timeProcess(args, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === 2 || r.status === null) throw new Error(`budget-check failed: ${r.stderr}`);
  return ms;
}

/** validate --json on the sample (median of 5 processes), 50 separate calls, one call with 50 files. */
function cliBench(root, extraFiles = []) {
  const cli = path.join(root, 'bin', 'budget-check.js');
  const sample = path.join(root, 'assets', 'samples', 'sample-2024.xlsx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-bench-'));
  try {
    const files = Array.from({ length: 50 }, (_, i) => {
      const f = path.join(dir, `copy-${String(i + 1).padStart(2, '0')}.xlsx`);
      fs.copyFileSync(sample, f);
      return f;
    });
    timeProcess([cli, 'validate', sample, '--json'], root); // warm the file cache
    const rows = [];
    const one = medianOf(Array.from({ length: 5 }, () => timeProcess([cli, 'validate', sample, '--json'], root)));
    rows.push({ case: 'validate sample (1 process)', files: 1, totalMs: one, msPerFile: one });
    const nodeOnly = medianOf(Array.from({ length: 5 }, () => timeProcess(['-e', ''], root)));
    rows.push({ case: 'node -e "" (start-up floor)', files: 0, totalMs: nodeOnly, msPerFile: nodeOnly });
    const t0 = process.hrtime.bigint();
    for (const f of files) timeProcess([cli, 'validate', f, '--json'], root);
    const separate = Number(process.hrtime.bigint() - t0) / 1e6;
    rows.push({ case: '50 separate calls', files: 50, totalMs: separate, msPerFile: separate / 50 });
    const batch = medianOf(Array.from({ length: 5 }, () => timeProcess([cli, 'validate', ...files, '--json'], root)));
    rows.push({ case: 'one call with 50 files', files: 50, totalMs: batch, msPerFile: batch / 50 });
    for (const { name, file } of extraFiles) {
      const ms = medianOf(Array.from({ length: 3 }, () => timeProcess([cli, 'validate', file, '--json'], root)));
      rows.push({ case: `validate ${name} (1 process)`, files: 1, totalMs: ms, msPerFile: ms });
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Production build into a temp folder (dist/addin is left alone), then each entry's initial JavaScript:
 * the files its HTML page loads, raw and gzipped. The preview is a dev tool, reported apart.
 */
function bundleBench(root) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-bundle-'));
  try {
    const webpack = path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
    const r = spawnSync(process.execPath, [webpack, '--mode', 'production', '--output-path', out], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
    const pages = [
      { entry: 'taskpane', page: 'taskpane.html', devTool: false },
      { entry: 'commands', page: 'commands.html', devTool: false },
      { entry: 'preview', page: 'previewHost.html', devTool: true },
    ];
    const allJs = fs.readdirSync(out).filter((f) => f.endsWith('.js'));
    const rows = pages.map(({ entry, page, devTool }) => {
      const html = fs.readFileSync(path.join(out, page), 'utf8');
      const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
        .map((m) => m[1])
        .filter((src) => !/^https?:/.test(src))
        .map((src) => src.replace(/^\.?\//, ''));
      let raw = 0;
      let gzip = 0;
      for (const s of scripts) {
        const buf = fs.readFileSync(path.join(out, s));
        raw += buf.length;
        gzip += zlib.gzipSync(buf, { level: 9 }).length;
      }
      return { entry, devTool, files: scripts.join(' '), rawKB: raw / 1024, gzipKB: gzip / 1024 };
    });
    const initial = new Set(rows.flatMap((r) => r.files.split(' ')));
    const lazy = allJs.filter((f) => !initial.has(f));
    let lazyGzip = 0;
    for (const f of lazy) lazyGzip += zlib.gzipSync(fs.readFileSync(path.join(out, f)), { level: 9 }).length;
    rows.push({
      entry: 'lazy chunks',
      devTool: false,
      files: `${lazy.length} files`,
      rawKB: NaN,
      gzipKB: lazyGzip / 1024,
    });
    return rows;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Opening the preview host in Chromium until the pane is interactive (the sample read, the 校验工作簿
 * button enabled), then the time of one check; median of `runs` fresh pages (cold cache each).
 */
async function previewBench(root, runs = 5) {
  const { chromium } = require('playwright-core');
  const { ensureBuilt, startPreviewServer } = require(path.join(root, 'scripts', 'preview.js'));
  ensureBuilt({ log: () => undefined });
  const { server, url } = await startPreviewServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const interactive = [];
    const checks = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(url);
      await page.waitForSelector('.file-name[data-status="ready"]', { timeout: 60_000 });
      const button = page.getByRole('button', { name: '校验工作簿' });
      await button.waitFor({ timeout: 60_000 });
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('button')].some((b) => b.textContent?.includes('校验工作簿') && !b.disabled),
        undefined,
        { timeout: 60_000 },
      );
      interactive.push(Date.now() - t0);
      const t1 = Date.now();
      await button.click();
      await page.waitForSelector('[data-severity="error"]', { timeout: 60_000 });
      checks.push(Date.now() - t1);
      await context.close();
    }
    return [
      { measure: 'open preview → interactive pane', ms: medianOf(interactive), runs },
      { measure: 'click 校验工作簿 → findings shown', ms: medianOf(checks), runs },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

module.exports = { cliBench, bundleBench, previewBench, medianOf };
