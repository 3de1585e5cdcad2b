#!/usr/bin/env node
'use strict';
// npm run demo: check the bundled sample workbooks (the Hebei seed-000 sample, the Shanghai sample and the Shanghai
// 决算 sample), print each report and its document type (预算 budget or 决算 final) and write each annotated copy
// beside it. The Hebei sample is a real published document and has real
// findings, so exit code 1 from its check is the expected outcome here; the demo itself fails only when a check
// could not run (exit 2).
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'bin', 'budget-check.js');
const samples = ['sample-2024', 'sample-shanghai-2025', 'sample-final-2024'];

let failed = false;
for (const name of samples) {
  const sample = path.join('assets', 'samples', `${name}.xlsx`);
  const annotated = path.join('assets', 'samples', `${name}.annotated.xlsx`);
  const run = spawnSync(process.execPath, [cli, 'annotate', sample, '-o', annotated], { cwd: root, stdio: 'inherit' });
  if (run.status === 2 || run.status === null) failed = true;
  const json = spawnSync(process.execPath, [cli, 'validate', '--json', sample], { cwd: root, encoding: 'utf8' });
  if (json.status === 2 || json.status === null) failed = true;
  else console.log(`${name}: document ${JSON.parse(json.stdout).document}`);
}
if (failed) process.exit(2);
