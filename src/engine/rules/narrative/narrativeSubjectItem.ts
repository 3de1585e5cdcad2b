import { findSubjectItems, type SubjectItem } from '../../narrativeText';
import type { Finding } from '../../findings';
import type { Figure, TextCell } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { narrativeParagraphs } from './paragraphs';
import { statedInOwnUnit, statedMatches, tableFigureAsPrinted } from './statedMatches';
import { statedTerm } from './statedTerm';
import { stateStatedSame } from './stateStatedSame';
import { rowNamed, subjectRows, type SubjectRow } from './subjectRows';

function finding(message: string, cells: Finding['cells'], expected: string, actual: string): Finding {
  return {
    ruleId: narrativeSubjectItem.id,
    family: narrativeSubjectItem.family,
    severity: narrativeSubjectItem.severity,
    message,
    cells,
    table: 'narrative',
    expected,
    actual,
  };
}

/** The item's amount against the 项 row of table 5 (6, 7) its 类/款/项 names name, stated as a relation (issue 10). */
function againstTable(
  ctx: CheckContext,
  item: SubjectItem,
  row: SubjectRow,
  total: Figure,
  paragraph: TextCell,
): Finding | null {
  const describe = `情况说明所列科目“${item.subject}”${item.amount.raw}应与${row.title}“${row.row.code} ${row.row.name}”合计数一致`;
  const printed = tableFigureAsPrinted(total, item.amount);
  const f = statedMatches(item.amount, total)
    ? null
    : finding(
        `${describe}：应为 ${printed.toString()}${item.amount.unit}（表中 ${total.amount.raw || total.value.toString()}），实为 ${item.amount.raw}`,
        [paragraph.cell, total.cell],
        printed.toString(),
        statedInOwnUnit(item.amount).toString(),
      );
  stateStatedSame({
    rule: narrativeSubjectItem,
    ctx,
    paragraph,
    stated: item.amount,
    reference: total,
    describe,
    finding: f,
  });
  return f;
}

/** '2023年预算安排B万元' must be the figure the item is headed with: two figures of the text, one relation. */
function plannedAgainstHeading(
  ctx: CheckContext,
  item: SubjectItem,
  total: Figure | undefined,
  paragraph: TextCell,
): Finding | null {
  const planned = item.execution?.planned;
  if (!planned) return null;
  const describe = `情况说明所列科目“${item.subject}”开头为${item.amount.raw}，但其后写“${item.execution?.year}年预算安排${planned.raw}”，两处应一致`;
  const headingRight = total ? statedMatches(item.amount, total) : true;
  const f = planned.value.equals(item.amount.value)
    ? null
    : finding(
        `${describe}${headingRight && total ? '（表中为前者）' : ''}`,
        total ? [paragraph.cell, total.cell] : [paragraph.cell],
        statedInOwnUnit(item.amount).toString(),
        statedInOwnUnit(planned).toString(),
      );
  const reference = statedTerm(planned, paragraph, -1, ctx.grid);
  stateStatedSame({ rule: narrativeSubjectItem, ctx, paragraph, stated: item.amount, reference, describe, finding: f });
  return f;
}

/**
 * Each “类-款-项”科目X万元 item of the 编制说明 equals the table row its names name, and the 预算安排 figure it
 * compares with last year is the figure it is headed with.
 */
export const narrativeSubjectItem: Rule = {
  id: 'narrative-subject-item',
  family: 'narrative',
  document: 'budget',
  severity: 'error',
  title:
    '情况说明中所列各功能分类科目金额应与一般公共预算（政府性基金、国有资本经营预算）支出功能分类预算表对应项级科目一致',
  check(ctx) {
    const rows = subjectRows(ctx.workbook);
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      for (const item of findSubjectItems(paragraph.text)) {
        const row = rowNamed(rows, item.names);
        const total = row?.row.values.total;
        const table = row && total ? againstTable(ctx, item, row, total, paragraph) : null;
        if (table) findings.push(table);
        const planned = plannedAgainstHeading(ctx, item, total, paragraph);
        if (planned) findings.push(planned);
      }
    }
    return findings;
  },
};
