/**
 * The 决算 narrative checks on the two real documents of ../shared/real/final (JUESUAN.md §7): each expected
 * narrative finding at its cell with its severity, nothing else from the narrative family, and the 预算 narrative
 * rules silent on a 决算 text.
 */
import * as path from 'path';
import { checkWorkbook } from '../../../../src/engine/checkWorkbook';
import type { Finding } from '../../../../src/engine/findings';
import { cellText, type WorkbookGrid } from '../../../../src/engine/grid';
import { readWorkbookFile } from '../../../../src/cli/readWorkbookFile';
import { ROOT } from '../../../cli/runCli';

const FINAL = path.resolve(ROOT, '..', 'shared', 'real', 'final');

const grids = new Map<string, WorkbookGrid>();
async function gridOf(file: string): Promise<WorkbookGrid> {
  let grid = grids.get(file);
  if (!grid) {
    grid = (await readWorkbookFile(path.join(FINAL, file))).grid;
    grids.set(file, grid);
  }
  return structuredClone(grid);
}

const narrative = (grid: WorkbookGrid): Finding[] =>
  checkWorkbook(grid).findings.filter((f) => f.family === 'narrative');
const brief = (f: Finding) => `${f.ruleId} ${f.severity} ${f.cells.map((c) => c.address).join(',')}`;

/** Replace `from` by `to` in the one text cell holding it. */
function edit(grid: WorkbookGrid, from: string, to: string): void {
  for (const sheet of grid.sheets) {
    for (const row of sheet.rows) {
      for (const cell of row ?? []) {
        if (cell && typeof cell.value === 'string' && cellText(cell).includes(from)) {
          cell.value = cell.value.replace(from, to);
          cell.text = cell.value;
          return;
        }
      }
    }
  }
  throw new Error(`no cell holds ${from}`);
}

describe('final narrative on sh-putuo-czj-2024', () => {
  it('finds exactly the findings of JUESUAN.md §7.1', async () => {
    const found = narrative(await gridOf('sh-putuo-czj-2024.xlsx'));
    expect(found.map(brief).sort()).toEqual(
      [
        'final-narrative-amount error A9,B36',
        'final-narrative-percent error A15',
        'final-narrative-listed-names warning A30,D27',
        'final-narrative-sum info A18,A17,A19,A20,A21,A22,A23,A24,A25,A26,A27,A28',
        'final-narrative-percent info A33,C7',
        'final-narrative-percent info A33,E7',
        'final-narrative-sum info A47',
      ].sort(),
    );
    const byRule = (id: string) => found.filter((f) => f.ruleId === id).map((f) => f.message);
    expect(byRule('final-narrative-amount')[0]).toContain('财政拨款收入支出总计0.3万元');
    expect(byRule('final-narrative-amount')[0]).toContain('2961.68');
    expect(byRule('final-narrative-percent')[0]).toContain('应为71.65%，实为71.73%');
    expect(byRule('final-narrative-listed-names')[0]).toMatch(/个人农业生产补贴.*30309 奖励金”0.31/);
    expect(byRule('final-narrative-sum').join()).toContain('2993.93');
    expect(byRule('final-narrative-sum').join()).toContain('251.26');
  });

  it('offers a text fix on the 四 total replacing only its digits', async () => {
    const grid = await gridOf('sh-putuo-czj-2024.xlsx');
    const relations =
      checkWorkbook(grid).relations?.filter((r) => r.ruleId === 'final-narrative-amount' && r.status !== 'holds') ?? [];
    const span = relations[0]?.terms[0].text;
    expect(span && span.paragraph.slice(span.start, span.end)).toBe('0.3');
  });

  it('reports a changed stated figure and a 机关运行经费 above 公用经费合计', async () => {
    const grid = await gridOf('sh-putuo-czj-2024.xlsx');
    edit(grid, '人员经费2152.26万元', '人员经费2152.62万元');
    edit(grid, '机关运行经费支出184.65万元', '机关运行经费支出185.65万元');
    const found = narrative(grid).map(brief);
    expect(found).toContain('final-narrative-amount error A30,D43');
    expect(found).toEqual(
      expect.arrayContaining([expect.stringMatching(/^final-narrative-operating-costs error A45,/)]),
    );
  });
});

describe('final narrative on sh-putuo-sthj-2025', () => {
  it('finds exactly the findings of JUESUAN.md §7.2', async () => {
    const found = narrative(await gridOf('sh-putuo-sthj-2025.xlsx'));
    expect(found.map(brief).sort()).toEqual(
      [
        'final-narrative-listed-names warning A38,D18',
        'final-narrative-listed-names warning A38',
        'final-narrative-growth warning A42',
        'final-narrative-growth warning A59',
        'final-narrative-sum info A17,A16,A18,A19,A20,A21,A22,A23,A24,A25,A26,A27,A28,A29,A30,A31,A32,A33,A34,A35,A36',
        'final-narrative-percent info A41,C7',
      ].sort(),
    );
    const messages = found.map((f) => f.message).join('\n');
    expect(messages).toMatch(/其他对个人和家庭的补助.*30199 其他工资福利支出”81.77/);
    expect(messages).toMatch(/咨询费”（表中无此科目）.*手续费.*专用材料费.*劳务费.*委托业务费/);
    expect(messages).toContain('应为2.59%，实为2.60%');
    expect(messages).toContain('减少为0.00万元，与2024年持平');
    expect(messages).toContain('4628.16');
  });

  it('reports changed 三公 rates, vehicle counts and 政府采购 parts', async () => {
    const grid = await gridOf('sh-putuo-sthj-2025.xlsx');
    edit(grid, '完成预算的82.68%', '完成预算的82.86%');
    edit(grid, '其他用车8辆', '其他用车7辆');
    edit(grid, '货物采购金额8.57万元', '货物采购金额8.75万元');
    edit(grid, '增长42.68%，其中', '增长24.68%，其中');
    const found = narrative(grid);
    const ids = found
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.ruleId} ${f.severity} ${f.cells[0].address}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'final-narrative-percent error A41',
        'final-narrative-sum error A64',
        'final-narrative-sum error A61',
        'final-narrative-growth warning A42',
      ]),
    );
  });
});
