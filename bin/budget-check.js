#!/usr/bin/env node
'use strict';
// Entry point of the budget-check command. The TypeScript sources are compiled to dist/ by `npm ci` (prepare).
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch {
  process.stderr.write('budget-check 尚未编译：请先运行 npm ci（或 npm run build:cli）\n');
  process.exit(2);
}
const io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
cli
  .main(process.argv.slice(2), io)
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    // Never a stack trace for the user; BUDGET_CHECK_DEBUG=1 shows it to developers.
    process.stderr.write(`budget-check 内部错误：${e && e.message ? e.message : String(e)}\n`);
    if (process.env.BUDGET_CHECK_DEBUG) process.stderr.write(`${e && e.stack}\n`);
    process.exitCode = 2;
  });
