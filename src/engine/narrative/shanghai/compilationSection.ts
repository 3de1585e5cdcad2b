import Decimal from 'decimal.js';
import type { SectionContext } from '../sectionContext';
import type { NarrativeSection, PreviousYearFigures } from '../types';
import { REASON_PLACEHOLDER } from '../changeSection';
import { previousYearText, wan, yearText } from '../wording';
import { shanghaiBudgetFigures, type ShanghaiBudgetFigures } from './budgetFigures';
import { fiscalItems } from './fiscalItems';
import { changeOn, departmentName, paragraphed, USE_PLACEHOLDER } from './wording';

/** A figure the tables do not give is stated as 0.00 and noted. */
function stated(value: Decimal | undefined, what: string, notes: string[]): string {
  if (!value) notes.push(`${what}无从取数（缺少相应的表），说明中按0.00万元填列，请核实`);
  return value ? wan(value) : '0.00万元';
}

/** '财政拨款收入支出减少的主要原因是…': the direction of 财政拨款收入 on last year, or the change left to the author. */
function reasonParagraph(f: ShanghaiBudgetFigures, prev: PreviousYearFigures | undefined, py: string): string {
  const now = [f.fiscalIncome, f.fiscalExpenditure];
  const before = [prev?.fiscalIncome, prev?.fiscalExpenditure];
  const diffs = now.flatMap((d, i) => (d && before[i] ? [d.minus(before[i])] : []));
  if (diffs.length === 2 && diffs.every((d) => d.isZero())) return `财政拨款收入支出与${py}预算持平。`;
  const way =
    diffs.length === 2 && diffs.every((d) => d.isPositive() && !d.isZero())
      ? '增加'
      : diffs.length === 2 && diffs.every((d) => d.isNegative())
        ? '减少'
        : '增减变化';
  return `财政拨款收入支出${way}的主要原因是${REASON_PLACEHOLDER}。`;
}

/**
 * 部门预算编制说明 in the template's sentences: 收入预算 and its parts, 支出预算 and the 财政拨款 split, each
 * 财政拨款 figure with its change on last year (a placeholder when last year is not known), the reason, and one
 * '“科目”科目X万元，主要用于【请填写用途】。' paragraph per 项 of the 一般公共预算支出功能分类预算表.
 */
export function compilationSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const y = yearText(ctx.year);
  const base = { id: 'compilation', title: `${y}部门预算编制说明`, notes } as const;
  const f = shanghaiBudgetFigures(ctx.workbook, notes);
  const prev = ctx.previous;
  const py = previousYearText(ctx.year, prev?.year);
  if (!prev)
    notes.push('没有上年预算数：比上年增减处留有占位符，请提供上年预算工作簿（命令行用 --previous）或填写上年数');
  const s = (value: Decimal | undefined, what: string) => stated(value, what, notes);
  const change = (value: Decimal | undefined, previous: Decimal | undefined) =>
    changeOn(value ?? new Decimal(0), previous, py);

  const income =
    `${y}，${departmentName(ctx.workbook.unitName)}收入预算${s(f.income, '收入预算')}，其中：` +
    `财政拨款收入${s(f.fiscalIncome, '财政拨款收入')}，${change(f.fiscalIncome, prev?.fiscalIncome)}；` +
    `事业收入${s(f.business, '事业收入')}；事业单位经营收入${s(f.operating, '事业单位经营收入')}；` +
    `其他收入${s(f.other, '其他收入')}。`;
  const spending =
    `支出预算${s(f.expenditure, '支出预算')}，其中：财政拨款支出预算${s(f.fiscalExpenditure, '财政拨款支出预算')}，` +
    `${change(f.fiscalExpenditure, prev?.fiscalExpenditure)}。财政拨款支出预算中，` +
    `一般公共预算拨款支出预算${s(f.general, '一般公共预算拨款支出预算')}，${change(f.general, prev?.general)}；` +
    `政府性基金拨款支出预算${s(f.fund, '政府性基金拨款支出预算')}，${change(f.fund, prev?.fund)}；` +
    `国有资本经营预算拨款支出预算${s(f.capital, '国有资本经营预算拨款支出预算')}，${change(f.capital, prev?.capital)}。`;
  const items = fiscalItems(ctx.workbook).map(
    (item, i) => `${i + 1}. “${item.name}”科目${wan(item.value)}，主要用于${USE_PLACEHOLDER}。`,
  );
  if (!items.length) notes.push('一般公共预算支出功能分类预算表中没有金额不为零的项级科目，未列财政拨款支出主要内容');
  const paragraphs = [income, spending, reasonParagraph(f, prev, py), '财政拨款支出主要内容如下：', ...items];
  return { ...base, headings: [base.title], ...paragraphed(paragraphs) };
}
