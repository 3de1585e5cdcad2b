import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { NarrativeJson } from '../../src/cli/narrativeCommand';
import { FINAL_NARRATIVE_SECTION_IDS } from '../../src/engine/narrative';
import { ROOT, runCli } from './runCli';

/** `narrative` on the real 财政局 2024 决算 (needs `npm run build:cli`). */
const CZJ = path.join(ROOT, '..', 'shared', 'real', 'final', 'sh-putuo-czj-2024.xlsx');

describe('budget-check narrative on a 决算 workbook', () => {
  it('prints sections 一 to 十一, last year from the text’s own statements', async () => {
    const r = runCli(['narrative', CZJ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('单位：上海市普陀区财政局　决算年度：2024');
    expect(r.stdout).toContain(
      '一、收入支出决算总体情况说明\n上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。',
    );
    expect(r.stdout).toContain(
      '十一、其他重要事项的情况说明\n（一）机关运行经费支出情况\n机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。',
    );
  });

  it('--json gives every section; -o writes the block and a second run replaces it in place', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'final-narr-'));
    const out = path.join(dir, 'out.xlsx');
    const r = runCli(['narrative', CZJ, '--json', '-o', out]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as NarrativeJson;
    expect(json.sections.map((s) => s.id)).toEqual([...FINAL_NARRATIVE_SECTION_IDS]);
    expect(json.inserted?.sheet).toBe('情况说明');
    expect(json.inserted?.replaced).toBe(false);
    const again = runCli(['narrative', out, '--json', '-o', path.join(dir, 'again.xlsx')]);
    const second = JSON.parse(again.stdout) as NarrativeJson;
    expect(second.inserted?.replaced).toBe(true);
    expect(second.inserted?.address).toBe(json.inserted?.address);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
