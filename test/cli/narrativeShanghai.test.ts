/**
 * `narrative` on the real Shanghai workbook (../shared/real/budget/sh-putuo-zfb-2025.xlsx): the template's
 * sections through the command line, and the block inserted into a copy (-o) re-checks with no narrative error
 * or warning other than the 【请填写…】 placeholders it leaves for the author.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { NarrativeJson } from '../../src/cli/narrativeCommand';
import { fromA1, toA1 } from '../../src/engine/grid';
import { SHANGHAI_NARRATIVE_SECTION_IDS } from '../../src/engine/narrative';
import { ROOT, runCli } from './runCli';

const ZFB = path.join(ROOT, '..', 'shared', 'real', 'budget', 'sh-putuo-zfb-2025.xlsx');

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  cells: Array<{ sheet: string; address: string }>;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-narrative-sh-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function narrativeJson(args: string[]): NarrativeJson {
  const r = runCli(['narrative', ...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as NarrativeJson;
}

function findingsOf(file: string): JsonFinding[] {
  const r = runCli(['validate', file, '--json']);
  expect(r.status).not.toBe(2);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

function blockCells(address: string): string[] {
  const [first, last] = address.split(':').map((a) => fromA1(a));
  return Array.from({ length: last.row - first.row + 1 }, (_, i) => toA1(first.row + i, first.col));
}

describe('budget-check narrative on a Shanghai workbook', () => {
  it('--json: the Shanghai section ids, unit, year and the figures in 万元', () => {
    const report = narrativeJson([ZFB]);
    expect(report).toMatchObject({ schemaVersion: 1, year: 2025 });
    expect(report.sections.map((s) => s.id)).toEqual([...SHANGHAI_NARRATIVE_SECTION_IDS]);
    const text = (id: string) => report.sections.find((s) => s.id === id)?.text ?? '';
    expect(text('compilation')).toContain('收入预算9101.68万元，其中：财政拨款收入9101.68万元');
    expect(text('compilation')).toContain(
      '12. “住房保障支出-住房改革支出-购房补贴”科目186.77万元，主要用于【请填写用途】。',
    );
    expect(text('three_public')).toContain('2025年“三公”经费预算数为867.50万元');
    expect(text('three_public')).toContain('（一）因公出国（境）费839.00万元');
    expect(text('three_public')).toContain('（三）公务接待费28.50万元');
    expect(text('operating_costs')).toContain('机关运行经费预算为213.28万元');
  });

  it('the text report prints the template headings', () => {
    const r = runCli(['narrative', ZFB]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    for (const h of [
      '2025年部门预算编制说明',
      '其他相关情况说明',
      '一、2025年“三公”经费预算情况说明',
      '五、国有资产占有使用情况',
    ]) {
      expect(lines).toContain(h);
    }
  });

  it('-o: the block goes into a copy and re-checks with only its placeholders as narrative findings', async () => {
    const out = path.join(dir, 'zfb-with-narrative.xlsx');
    const report = narrativeJson([ZFB, '-o', out]);
    const inserted = report.inserted;
    if (!inserted) throw new Error('no block inserted');
    expect(inserted).toMatchObject({ sheet: '情况说明', replaced: false });
    const cells = blockCells(inserted.address);
    expect(cells).toHaveLength(33);

    const narrative = findingsOf(out).filter((f) => f.ruleId.startsWith('narrative') && f.severity !== 'info');
    const inBlock = (f: JsonFinding) => f.cells.some((c) => c.sheet === '情况说明' && cells.includes(c.address));
    // Every narrative problem is a placeholder of the block; the author's own text stays clean.
    expect(narrative.filter((f) => f.ruleId !== 'narrative-placeholder' || !inBlock(f))).toEqual([]);
    expect(narrative.every((f) => /【请填写[^】]*】/.test(f.message))).toBe(true);
    // Last year comes from the document's own 比2024年预算… statements (no --previous), so the 编制说明 changes and
    // the 三公 paragraphs are written out; what is left is the reason for the change and the 12 科目 uses.
    expect(report.previousFromText).toBeTruthy();
    expect(narrative).toHaveLength(1 + 12);

    // A second run on the copy replaces the block in place.
    const again = narrativeJson([out, '-o', path.join(dir, 'again.xlsx')]);
    expect(again.inserted).toMatchObject({ address: inserted.address, replaced: true });
  });
});
