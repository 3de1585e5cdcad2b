/** Tables for the terminal and docs/PERFORMANCE.md from the bench results. */

function format(v) {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return '—';
    if (Number.isInteger(v)) return v.toLocaleString('en-US');
    return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
  }
  return String(v);
}

/** A Markdown table (also readable in a terminal). */
function table(rows) {
  if (!rows || rows.length === 0) return '(none)';
  const keys = Object.keys(rows[0]);
  const cells = [keys, ...rows.map((r) => keys.map((k) => format(r[k])))];
  const widths = keys.map((_, i) => Math.max(...cells.map((c) => String(c[i]).length)));
  const line = (c) => `| ${c.map((x, i) => String(x).padEnd(widths[i])).join(' | ')} |`;
  return [line(cells[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join(
    '\n',
  );
}

const MB = 1024 * 1024;

function verdicts(r) {
  const out = [];
  const e = r.engine;
  if (e) {
    const sample = e.find((x) => x.name === 'sample-2024.xlsx');
    const one = e.find((x) => x.name === 'generated 1×');
    const hundred = e.find((x) => x.name === 'generated 100×');
    out.push(
      `- Engine on the sample: ${format(sample.checkMs)} ms (target < 50 ms): ${sample.checkMs < 50 ? 'met' : 'NOT met'}.`,
    );
    const ratio = hundred.checkMs / one.checkMs;
    out.push(
      `- 100× the rows (${format(hundred.cells)} cells vs ${format(one.cells)}) take ${format(ratio)}× the time of 1× (target ≤ 120×): ${ratio <= 120 ? 'met' : 'NOT met'}.`,
    );
  }
  if (r.cli) {
    const sep = r.cli.find((x) => x.case === '50 separate calls');
    const batch = r.cli.find((x) => x.case === 'one call with 50 files');
    out.push(
      `- Command line, 50 files in one call: ${format(batch.msPerFile)} ms a file against ${format(sep.msPerFile)} ms in 50 calls (${format(sep.msPerFile / batch.msPerFile)}× faster): ${batch.msPerFile < sep.msPerFile ? 'met' : 'NOT met'}.`,
    );
  }
  if (r.adapter) {
    for (const a of r.adapter) {
      const bytes = a.requestBytes + a.responseBytes;
      const allowed = 3 + Math.floor(bytes / (5 * MB));
      out.push(
        `- ${a.operation}, ${a.size}: ${a.syncs} syncs for ${format(bytes / MB)} MB (≤ 3 + one per 5 MB = ${allowed}): ${a.syncs <= allowed ? 'met' : 'NOT met'}.`,
      );
    }
  }
  if (r.bundle) {
    const pane = r.bundle.find((x) => x.entry === 'taskpane');
    out.push(
      `- Task pane initial JavaScript: ${format(pane.gzipKB)} KB gzipped (target ≤ 300 KB): ${pane.gzipKB <= 300 ? 'met' : 'NOT met'}.`,
    );
  }
  return out.join('\n');
}

function renderReport(r) {
  const m = r.machine;
  return `# Performance

Written by \`npm run bench\` (scripts/bench.js); run it again to refresh every number below. Times are
medians and depend on the machine; sync counts and bytes do not.

Machine: ${m.cpu}, ${m.nproc} CPUs (nproc), ${m.memoryGiB} GiB memory, ${m.os}, Node.js ${m.node}. Date: ${m.date}.

## Against the targets (issue 5)

${verdicts(r)}

## Engine: recognise + all checks

\`checkWorkbook\` on the sample as the command line reads it (ExcelJS → grid), and on consistent budgets
generated with N× the sample's 功能分类 rows and projects (scripts/bench/scaledBudget.ts, laid out with
layoutWorkbook). Warm-up first, then the median of \`runs\`. \`checkMs\` includes recognition
(\`recognizeMs\` is recognition alone); \`msPer1000Cells\` = checkMs per 1,000 non-empty cells.

${table(r.engine)}

## Command line, whole processes

\`node bin/budget-check.js validate … --json\` timed from spawn to exit (cold start included): median of 5
single runs; 50 copies of the sample as 50 separate processes (one round) and as one process
given all 50 (median of 5). The start-up floor is an empty \`node -e ""\`.

${table(r.cli)}

## Workbook adapter: round trips

Against the in-memory Excel API (src/preview/memoryExcel), which counts every \`context.sync()\` and the
JSON bytes of what each sync sends and gets back. Excel on the web refuses more than 5 MB either way.
Reads plan each data sync to fill 95% of that from what the same sheet's cells measured; marking and
clearing plan for 95% too, from the measured JSON size of a cell's fill and the bytes of each note's text. Reads: sheets of a 40 × 10 table; the last row is
a workbook big enough to need the split. Marks: findings of four cells each over 10 sheets; "again"
re-marks a marked workbook (reads the earlier record and restores nothing), then clearMarks.

${table(r.adapter)}

## Add-in bundle (production build)

The JavaScript each page loads at start (its \`<script>\` tags), raw and gzipped (level 9). The preview
host is a development tool, not part of the add-in. "lazy chunks" are loaded only on demand.

${table(r.bundle)}

## Preview host in Chromium

\`/usr/bin/chromium\` headless through playwright-core, the page served by scripts/preview.js from the
production build: from navigation until the sample is read and 校验工作簿 is enabled, then one check.
Median of fresh browser contexts (no cache).

${table(r.preview)}

## Changes made from these numbers

Measured on the same machine before and after (issue 5). "After" is this run.

| What | Before | After |
| --- | --- | --- |
| markFindings, 100 / 10,000 cells | 4 syncs | 3 syncs |
| markFindings, 100,000 cells | failed: the record was one 10.3 MB XML part in one request (RequestPayloadSizeLimitExceeded), then 7 syncs for 14.9 MB | ${after(r, 'markFindings', '100,000 cells')} |
| markFindings again / clearMarks, 100,000 cells | 7 syncs for 21.2 MB / 5 syncs for 15.8 MB | ${after(r, 'markFindings again', '100,000 cells')} / ${after(r, 'clearMarks', '100,000 cells')} |
| clearMarks, 100 / 10,000 cells | 4 syncs | 3 syncs |
| readWorkbook, 3 / 30 sheets × 400 cells | 3 syncs | ${after(r, 'readWorkbook', '30 sheets × 400 cells')} |
| readWorkbook, 300 sheets × 400 cells (3.8 MB) | 8 syncs, then 4 | ${after(r, 'readWorkbook', '300 sheets × 400 cells')} |
| readWorkbook, 13 sheets × 40,000 cells (17.4 MB) | 28 syncs, then 9 | ${after(r, 'readWorkbook', '13 sheets × 40,000 cells')} |
| Command line, validate generated 100× (1 process) | 33,459 ms (28 s of it ExcelJS loading 16,800 merged cells) | ${cliAfter(r, 'validate generated 100× (1 process)')} |
| Command line, validate sample (1 process) | 1,024 ms | ${cliAfter(r, 'validate sample (1 process)')} |

- Marking and clearing read the earlier record in the first sync (\`getOnlyItemOrNullObject().getXml()\`;
  a workbook holding several record parts costs one more sync) and load the notes' locations together
  with the cells' own fills, so: sheets + record + notes, fills + locations, writes.
- The cells' own fills are read with \`Range.getCellProperties\` (ExcelApi 1.9) over rectangles covering
  the cells (a row's cells split at wide gaps, consecutive rows stacked while at most half the box is
  unwanted): one 2D array per rectangle, ~40 bytes a cell instead of ~95 for a one-cell area with its
  position. The fill pattern tells no fill ('None') from a white fill ('Solid'). Pattern and colour are
  read together when they fit one sync; else the pattern first and the colour only of the cells that
  have a fill, so the usual unfilled cells are read once. Rectangles are cut by rows to fill each sync
  to 95% of the limit. Hosts without 1.9 keep the one-cell areas.
- Write syncs (record, fills, note deletions, notes) are filled to 95% of the limit, each operation
  sized from the UTF-8 bytes of its own text plus the framing the in-memory API measures (~50 bytes,
  estimated at 64); the notes' locations are sized from the longest sheet name.
- The record is compact: per sheet and colour, the cells as column runs (\`<cells …>B2:B40,C5</cells>\`)
  instead of one \`<cell>\` element of ~100 bytes per cell, and split into several parts when one would
  pass the payload limit. Records in the old one-element-per-cell form are still read.
- Reading loads, with the used ranges' positions and merges (sync 2), the cells of each sheet's top-left
  corner (16 columns; the rows shared out so that all corners fit one request at 80 bytes a cell): an
  ordinary workbook is read in 2 syncs. The rest is read in batches sized from what that sheet's cells
  measured (its data rows once read, else its corner) plus 15%, each batch filled to 95% of the limit;
  a batch Excel still refuses is planned again at twice the estimate.
- The command line loads merged cells in linear time (src/cli/linearMergeLoading.ts replaces ExcelJS's
  merge step, which compared every merge with every earlier one), loads ExcelJS's Workbook without its
  streaming reader and writer, and loads the narrative generators and the annotate writer only for
  their commands.

Not met or not done: see the verdicts above. The write sizes are the in-memory API's JSON (a note added
measures ~50 bytes besides its text); Office.js frames each operation with more (object paths and ids),
which was not measured here, so a real write sync may come closer to the limit than planned. How Excel
reports cellProperties' fill pattern of a cell without fill ('None') is taken from the documentation,
not checked in Excel. The command
line's single-file time is mostly start-up (loading ExcelJS and compiling on first use), which one call
with many files pays once; on the 100× workbook the rest is ExcelJS parsing the XML and the engine.
`;
}

function after(r, operation, size) {
  const a = r.adapter && r.adapter.find((x) => x.operation === operation && x.size === size);
  return a ? `${a.syncs} syncs` : '—';
}

function cliAfter(r, name) {
  const c = r.cli && r.cli.find((x) => x.case === name);
  return c ? `${format(c.totalMs)} ms` : '—';
}

module.exports = { table, renderReport, format };
