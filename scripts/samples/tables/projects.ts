import { PLAN_LABELS, type BudgetData, type ProjectData } from '../budgetData';
import { CENTER_STYLE, HEADER_STYLE, TEXT_STYLE, type TableContext } from '../tableWriter';

/** Columns of a project block: label/value pairs above, six indicator columns below. */
export const PROJECT_BLOCK_WIDTH = 7;

const INDICATOR_HEADERS = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];

/**
 * One "N、<name>绩效目标表" block, label-driven as the template prints it:
 *   项目编码 | code | 项目名称 | name
 *   预算规模及资金用途 | 预算数 | x | 其中：财政资金 | x | 其他资金 | x
 *   (merged)          | 资金用途
 *   资金支出计划（%） | 3月底 | 6月底 | 10月底 | 12月底, and the percentages below
 *   绩效目标 | text
 *   一级指标 … 指标值确定依据, then the indicator rows (一级指标 merged down its group).
 */
export function layoutProject(ctx: TableContext, top: number, left: number, n: number, p: ProjectData): number {
  const b = ctx.sheet;
  const last = left + PROJECT_BLOCK_WIDTH - 1;
  ctx.title(top, left, PROJECT_BLOCK_WIDTH, `${n}、${p.name}绩效目标表`);
  b.text(top + 1, last, '单位：万元', { align: 'right' }, false);
  let row = top + 2;
  const label = (r: number, c: number, text: string) => b.text(r, c, text, HEADER_STYLE);
  const fill = (r: number) => {
    for (let c = left; c <= last; c++) b.style(r, c, TEXT_STYLE);
  };

  fill(row);
  label(row, left, '项目编码');
  ctx.body(row, left + 1, p.code);
  b.merge(row, left + 1, row, left + 2);
  label(row, left + 3, '项目名称');
  ctx.body(row, left + 4, p.name);
  b.merge(row, left + 4, row, last);
  row++;

  fill(row);
  fill(row + 1);
  label(row, left, '预算规模及资金用途');
  b.merge(row, left, row + 1, left);
  label(row, left + 1, '预算数');
  ctx.amount(row, left + 2, p.budget);
  label(row, left + 3, '其中：财政    资金');
  ctx.amount(row, left + 4, p.fiscal);
  label(row, left + 5, '其他资金');
  ctx.amount(row, left + 6, p.other);
  ctx.body(row + 1, left + 1, p.purpose);
  b.merge(row + 1, left + 1, row + 1, last);
  row += 2;

  fill(row);
  fill(row + 1);
  label(row, left, '资金支出计划（%）');
  b.merge(row, left, row + 1, left);
  PLAN_LABELS.forEach((text, i) => {
    label(row, left + 1 + i, text);
    ctx.body(row + 1, left + 1 + i, p.plan[i] ?? '', CENTER_STYLE);
  });
  row += 2;

  fill(row);
  label(row, left, '绩效目标');
  ctx.body(row, left + 1, p.goal);
  b.merge(row, left + 1, row, last);
  row++;

  INDICATOR_HEADERS.forEach((text, i) => label(row, left + i, text));
  b.merge(row, left + 5, row, last);
  row++;
  let groupStart = row;
  p.indicators.forEach((ind, i) => {
    if (i > 0 && ind.level1 !== '') {
      b.merge(groupStart, left, row - 1, left);
      groupStart = row;
    }
    const cells = [ind.level1, ind.level2, ind.level3, ind.description, ind.value, ind.basis];
    cells.forEach((text, c) => ctx.body(row, left + c, text, TEXT_STYLE));
    ctx.body(row, last, '');
    b.merge(row, left + 5, row, last);
    row++;
  });
  if (p.indicators.length > 0) b.merge(groupStart, left, row - 1, left);
  return row;
}

/** All project blocks one under another, a blank row between; a note when there are none. */
export function layoutProjects(ctx: TableContext, top: number, left: number, data: BudgetData): number {
  if (data.projects.length === 0) {
    ctx.title(top, left, PROJECT_BLOCK_WIDTH, '项目支出绩效目标表');
    ctx.sheet.text(top + 1, left, '注：无项目支出，空表列示。', {}, false);
    return top + 2;
  }
  let row = top;
  data.projects.forEach((p, i) => {
    row = layoutProject(ctx, row, left, i + 1, p) + 1;
  });
  return row - 1;
}
