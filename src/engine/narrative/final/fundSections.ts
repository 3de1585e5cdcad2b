import { tableOf } from '../../tables/types';
import type { SectionContext } from '../sectionContext';
import { valueOf } from '../tableTotal';
import type { NarrativeSection } from '../types';
import { wan } from '../wording';
import { codePathName } from './codePath';
import { amountOf } from './finalFigures';
import { departmentName, finalYear, paragraphed, USE_PLACEHOLDER } from './finalWording';

const FUNDS = {
  gov_fund: { kind: 'final_gov_fund', number: '八', name: '政府性基金预算财政拨款' },
  state_capital: { kind: 'final_state_capital', number: '九', name: '国有资本经营预算财政拨款' },
} as const;

/**
 * 八 / 九: '<单位>Y年度政府性基金预算财政拨款收入X万元，支出X万元。' from the 合计 row of 表8 (表9), then one line
 * per non-zero 项 of 支出; a missing, empty or all-zero table is '<单位>Y年度无政府性基金预算财政拨款收入和支出。'
 */
function fundSection(ctx: SectionContext, id: keyof typeof FUNDS): NarrativeSection {
  const { kind, number, name } = FUNDS[id];
  const notes: string[] = [];
  const title = `${name}收入支出决算情况说明`;
  const base = { id, title, headings: [`${number}、${title}`], notes } as const;
  const prefix = `${departmentName(ctx.workbook.unitName)}${finalYear(ctx.year)}`;
  const table = tableOf(ctx.workbook, kind);
  if (!table) notes.push(`工作簿中没有${name}收入支出决算表，按无收入和支出说明，请核实`);
  const total = table?.total;
  const income = amountOf(total?.values.income);
  const spend = amountOf(total?.values.spend);
  if (!table || table.empty || ((!income || income.isZero()) && (!spend || spend.isZero())))
    return { ...base, text: `${prefix}无${name}收入和支出。` };
  const head = `${prefix}${name}收入${wan(income ?? valueOf(undefined))}，支出${wan(spend ?? valueOf(undefined))}。`;
  const items = table.rows
    .filter((r) => r.level === 3 && !valueOf(r.values.spend).isZero())
    .map(
      (r, i) =>
        `${i + 1}、${codePathName(table.rows, r)}。主要用于：${USE_PLACEHOLDER}。支出决算为${wan(valueOf(r.values.spend))}。`,
    );
  return items.length ? { ...base, ...paragraphed([`${head}其中：`, ...items]) } : { ...base, text: head };
}

export const govFundSection = (ctx: SectionContext): NarrativeSection => fundSection(ctx, 'gov_fund');
export const stateCapitalSection = (ctx: SectionContext): NarrativeSection => fundSection(ctx, 'state_capital');
