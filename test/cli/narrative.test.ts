import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { NarrativeJson } from '../../src/cli/narrativeCommand';
import { NARRATIVE_SECTION_IDS } from '../../src/engine/narrative';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { writeXlsx } from '../../scripts/samples/writeXlsx';
import { previousYearData } from '../engine/narrative/previousYearData';
import { ROOT, runCli } from './runCli';

const SAMPLE = path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx');

let dir: string;
let previous: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-narrative-'));
  previous = path.join(dir, 'budget-2023.xlsx');
  await writeXlsx(layoutWorkbook(previousYearData()), previous);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function sectionText(report: NarrativeJson, id: string): string {
  return report.sections.find((s) => s.id === id)?.text ?? '';
}

describe('budget-check narrative', () => {
  it('--json prints one object with the unit, the year and the eight sections', () => {
    const r = runCli(['narrative', SAMPLE, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as NarrativeJson;
    expect(report).toMatchObject({ schemaVersion: 1, unit: '224网信办', year: 2024 });
    expect(report.sections.map((s) => s.id)).toEqual([...NARRATIVE_SECTION_IDS]);
    for (const s of report.sections) expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'title', 'text']));
    expect(sectionText(report, 'income')).toContain('2024年预算收入384.34万元');
    // Without --previous, last year's total comes from the sample's own '较2023年预算减少130.4万元'.
    expect(sectionText(report, 'change')).toContain('较2023年预算减少130.40万元');
    expect(report.previousFromText).toEqual({ total: { value: '514.74', from: '较2023年预算减少130.4万元' } });
  });

  it('without --json prints the sections under their titles', () => {
    const r = runCli(['narrative', SAMPLE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('单位：224网信办');
    expect(r.stdout).toContain('上年数取自原说明（未提供 --previous）：较2023年预算减少130.4万元→上年514.74万元');
    expect(r.stdout).toContain('一、收入说明\n2024年预算收入384.34万元');
    expect(r.stdout).toContain(
      '五、财政拨款“三公”经费预算情况及增减变化原因\n2024年，财政拨款“三公”经费预算安排2.40万元',
    );
    expect(r.stdout).toMatch(/注：.*尾差/);
  });

  it('--previous reads last year’s workbook and states the changes', () => {
    const r = runCli(['narrative', SAMPLE, '--previous', previous, '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as NarrativeJson;
    expect(sectionText(report, 'change')).toContain(
      '较2023年预算减少130.40万元，其中：基本支出增加7.11万元，项目支出减少137.51万元',
    );
    expect(sectionText(report, 'three_public')).toContain('与2023年相比，“三公”经费减少1.00万元');
  });

  it('exits 2 with one line on stderr for an unreadable file or previous file', async () => {
    const broken = path.join(dir, 'broken.xlsx');
    await fs.writeFile(broken, 'not a workbook');
    for (const args of [
      ['narrative', broken, '--json'],
      ['narrative', path.join(dir, 'missing.xlsx')],
      ['narrative', SAMPLE, '--previous', broken],
    ]) {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('exits 2 with the usage when the file is not given', () => {
    const r = runCli(['narrative']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('budget-check narrative');
  });
});
