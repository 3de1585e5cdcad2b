#!/usr/bin/env node
'use strict';
// npm run demo: check the bundled sample workbook, print the report, write the annotated copy beside it.
// The sample is a real published document and has real findings, so exit code 1 from the check is the
// expected outcome here; the demo itself fails only when the check could not run (exit 2).
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const sample = path.join('assets', 'samples', 'sample-2024.xlsx');
const annotated = path.join('assets', 'samples', 'sample-2024.annotated.xlsx');
const cli = path.join(root, 'bin', 'budget-check.js');

const run = spawnSync(process.execPath, [cli, 'annotate', sample, '-o', annotated], { cwd: root, stdio: 'inherit' });
if (run.status === 2 || run.status === null) process.exit(2);
