import type { Finding } from '../../findings';
import { clauseAmounts, readBudgetStatement, sectionParagraphs, type FinalSectionId } from '../../narrativeText/final';
import type { StatedAmount } from '../../narrativeText';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { ThreePublicRow, TextCell } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { sameFinding } from '../sumFinding';
import {
  finalSections,
  finalTables,
  generalClassRow,
  generalItemRow,
  named,
  type FinalTables,
  type NamedFigure,
} from './finalTables';
import { statedFigure } from './paragraphs';
import { statedMatches } from './statedMatches';
import { stateStatedSame } from './stateStatedSame';

/** A clause lead ('其中：财政拨款收入' → '财政拨款收入') and the table figure its amount must equal. */
type Label = [RegExp, (t: FinalTables, lead: string) => NamedFigure | undefined];

const T1 = TABLE_KIND_NAMES.final_income_expenditure_summary;
const T2 = TABLE_KIND_NAMES.final_income;
const T3 = TABLE_KIND_NAMES.final_expenditure;
const T4 = TABLE_KIND_NAMES.final_fiscal_summary;
const T5 = TABLE_KIND_NAMES.final_general_budget_expenditure;
const T6 = TABLE_KIND_NAMES.final_basic_expenditure;
const T7 = TABLE_KIND_NAMES.final_three_public;

const income =
  (c: 'fiscal' | 'superior' | 'business' | 'operating' | 'affiliated' | 'other', name: string): Label[1] =>
  (t) =>
    named(t.t2?.total?.values[c], `${T2} 合计行“${name}”`);
const spend =
  (c: 'basic' | 'project' | 'toSuperior' | 'operating' | 'toAffiliated', name: string): Label[1] =>
  (t) =>
    named(t.t3?.total?.values[c], `${T3} 合计行“${name}”`);
const actual =
  (r: ThreePublicRow, name: string): Label[1] =>
  (t) =>
    named(t.t7?.actual[r], `${T7} “${name}”决算数`);

const FUND: Label[] = [
  [
    /财政拨款收入$|^收入$/,
    (t) => named(t.t8?.total?.values.income, `${TABLE_KIND_NAMES.final_gov_fund} 合计行“本年收入”`),
  ],
  [
    /财政拨款支出$|^支出$/,
    (t) => named(t.t8?.total?.values.spend, `${TABLE_KIND_NAMES.final_gov_fund} 合计行“本年支出”`),
  ],
];
const CAPITAL: Label[] = [
  [
    /财政拨款收入$|^收入$/,
    (t) => named(t.t9?.total?.values.income, `${TABLE_KIND_NAMES.final_state_capital} 合计行“本年收入”`),
  ],
  [
    /财政拨款支出$|^支出$/,
    (t) => named(t.t9?.total?.values.spend, `${TABLE_KIND_NAMES.final_state_capital} 合计行“本年支出”`),
  ],
];

/** The sentences of JUESUAN.md §5 whose amounts are one table figure each. */
const LABELS: Partial<Record<FinalSectionId, Label[]>> = {
  overall: [
    [
      /(?<!财政拨款)收入支出总计为?$/,
      (t) => named(t.t1?.incomeGrand?.values.amount ?? t.t1?.expenditureGrand?.values.total, `${T1}“总计”`),
    ],
  ],
  income: [
    [
      /本年收入合计为?$/,
      (t) =>
        named(t.t2?.total?.values.total, `${T2} 合计行“本年收入合计”`) ??
        named(t.t1?.incomeTotal?.values.amount, `${T1}“本年收入合计”`),
    ],
    [/^财政拨款收入$/, income('fiscal', '财政拨款收入')],
    [/^上级补助收入$/, income('superior', '上级补助收入')],
    [/^事业收入$/, income('business', '事业收入')],
    [/^经营收入$/, income('operating', '经营收入')],
    [/^附属单位上缴收入$/, income('affiliated', '附属单位上缴收入')],
    [/^其他收入$/, income('other', '其他收入')],
  ],
  expenditure: [
    [
      /本年支出合计为?$/,
      (t) =>
        named(t.t3?.total?.values.total, `${T3} 合计行“本年支出合计”`) ??
        named(t.t1?.expenditureTotal?.values.total, `${T1}“本年支出合计”`),
    ],
    [/^基本支出$/, spend('basic', '基本支出')],
    [/^项目支出$/, spend('project', '项目支出')],
    [/^上缴上级支出$/, spend('toSuperior', '上缴上级支出')],
    [/^经营支出$/, spend('operating', '经营支出')],
    [/^对附属单位补助支出$/, spend('toAffiliated', '对附属单位补助支出')],
  ],
  fiscalOverall: [
    [
      /财政拨款收入支出总计为?$/,
      (t) => named(t.t4?.incomeGrand?.values.amount ?? t.t4?.expenditureGrand?.values.total, `${T4}“总计”`),
    ],
  ],
  generalOverall: [[/^一般公共预算财政拨款支出为?$/, (t) => named(t.t5?.total?.values.total, `${T5} 合计行“合计”`)]],
  generalStructure: [
    [/^一般公共预算财政拨款支出为?$/, (t) => named(t.t5?.total?.values.total, `${T5} 合计行“合计”`)],
    [
      /\(类\)$/,
      (t, lead) => {
        const row = t.t5 && generalClassRow(t.t5, lead.replace(/\(类\)$/, ''));
        return row && named(row.values.total, `${T5}“${row.code} ${row.name}”合计`);
      },
    ],
  ],
  basic: [
    [/基本支出为?$/, (t) => named(t.t5?.total?.values.basic, `${T5} 合计行“基本支出”`)],
    [/^人员经费为?$/, (t) => named(t.t6?.personnelTotal?.figure, `${T6}“人员经费合计”`)],
    [/^(?:日常)?公用经费为?$/, (t) => named(t.t6?.publicTotal?.figure, `${T6}“公用经费合计”`)],
  ],
  threePublicOverall: [
    [/三公.{0,2}经费.*年初预算为?$/, (t) => named(t.t7?.budget.total, `${T7} “合计”预算数`)],
    [/^支出决算为?$/, actual('total', '合计')],
    [/因公出国\(境\)费(?:支出)?决算为?$/, actual('outbound', '因公出国（境）费')],
    [/公务用车购置及运行(?:维护)?费(?:支出)?决算为?$/, actual('vehicle', '公务用车购置及运行维护费')],
    [/公务接待费(?:支出)?决算为?$/, actual('reception', '公务接待费')],
  ],
  threePublicDetail: [
    [/因公出国\(境\)费支出(?:决算)?为?$/, actual('outbound', '因公出国（境）费')],
    [/公务用车购置及运行(?:维护)?费支出(?:决算)?为?$/, actual('vehicle', '公务用车购置及运行维护费')],
    [/公务接待费支出(?:决算)?为?$/, actual('reception', '公务接待费')],
    [/^公务用车购置(?:费)?支出(?:决算)?为?$/, actual('vehiclePurchase', '公务用车购置费')],
    [/^公务用车运行(?:维护)?(?:费)?支出(?:决算)?为?$/, actual('vehicleOps', '公务用车运行维护费')],
  ],
  govFund: FUND,
  stateCapital: CAPITAL,
};

/** The stated amount against its figure: a finding worded here, stated as a relation with the digits' span. */
function check(
  ctx: CheckContext,
  paragraph: TextCell,
  stated: StatedAmount,
  lead: string,
  ref: NamedFigure,
): Finding | null {
  const describe = `情况说明所述“${lead}${stated.raw}”应与${ref.where}一致`;
  const finding = statedMatches(stated, ref.figure)
    ? null
    : sameFinding({
        rule: finalNarrativeAmount,
        table: 'narrative',
        stated: statedFigure(stated, paragraph),
        reference: ref.figure,
        describe,
      });
  stateStatedSame({ rule: finalNarrativeAmount, ctx, paragraph, stated, reference: ref.figure, describe, finding });
  return finding;
}

/** 五（三）: the total sentence's 支出决算 = 表5 合计, each item's = its 项 row (names matched on the code path). */
function checkGeneralItems(ctx: CheckContext, t: FinalTables, paragraphs: readonly TextCell[]): Finding[] {
  const t5 = t.t5;
  if (!t5) return [];
  const findings: Finding[] = [];
  for (const paragraph of paragraphs) {
    const s = readBudgetStatement(paragraph.text);
    if (!s?.actual) continue;
    const row = s.path ? generalItemRow(t5, s.path) : t5.total;
    if (!row?.values.total) continue;
    const where = s.path ? `${T5}“${row.code} ${row.name}”合计` : `${T5} 合计行“合计”`;
    const lead = s.path ? `${s.path[2]}（项）支出决算为` : '支出决算为';
    const f = check(ctx, paragraph, s.actual, lead, { figure: row.values.total, where });
    if (f) findings.push(f);
  }
  return findings;
}

/**
 * Each amount of the 决算 情况说明 (JUESUAN.md §5 一 to 九) against the one table figure it states: the same figure
 * twice, so any difference is an error (BRIEF §3). Amounts no label names (reasons, 绩效 amounts) are not read.
 */
export const finalNarrativeAmount: Rule = {
  id: 'final-narrative-amount',
  family: 'narrative',
  document: 'final',
  severity: 'error',
  title:
    '决算情况说明中所述金额（收入支出总计、收入、支出、财政拨款、一般公共预算支出及各类各项、基本支出、人员经费、公用经费、“三公”经费、基金和国资）应与决算表一致',
  check(ctx) {
    const t = finalTables(ctx.workbook);
    const sections = finalSections(ctx.workbook);
    const findings: Finding[] = [];
    for (const section of sections) {
      const labels = LABELS[section.id];
      if (!labels) continue;
      for (const paragraph of section.paragraphs) {
        for (const { amount, lead } of clauseAmounts(paragraph.text)) {
          const label = labels.find(([re]) => re.test(lead));
          const ref = label?.[1](t, lead);
          if (!ref) continue;
          const f = check(ctx, paragraph, amount, lead, ref);
          if (f) findings.push(f);
        }
      }
    }
    findings.push(...checkGeneralItems(ctx, t, sectionParagraphs(sections, 'generalItems')));
    return findings;
  },
};
