import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { CodedRow, Figure } from '../../tables/types';
import { templateById } from '../../templates';
import { codedTables, columnName, rowLabel, type AnyCodedTable } from '../codedTables';
import { partSumFinding } from '../partSum';
import type { CheckContext, Rule } from '../rule';
import { childRows } from './childRows';

const CHILD_LEVEL_NAMES: Record<number, string> = { 1: '类', 2: '款', 3: '项' };

function checkTable(ctx: CheckContext, table: AnyCodedTable): Finding[] {
  const findings: Finding[] = [];
  const columns: readonly string[] = table.columns;
  const tableName = TABLE_KIND_NAMES[table.kind];
  const template = templateById(ctx.workbook.template);
  // The generic row type loses the column union; values are looked up by the column ids the table lists.
  const valuesOf = (values: object) => values as Partial<Record<string, Figure>>;
  for (const [parent, children] of childRows<string>(table.total, table.rows as readonly CodedRow<string>[])) {
    const levelName = CHILD_LEVEL_NAMES[children[0].level] ?? '';
    // Long child lists (14 商品和服务 款) are cut short: the cells name them all anyway.
    const codes = children.map((c) => c.code || c.name);
    const childCodes = codes.length > 6 ? `${codes.slice(0, 5).join('、')}等${codes.length}个` : codes.join('、');
    for (const column of columns) {
      const total = valuesOf(parent.values)[column];
      if (!total) continue;
      const parts = children.map((c) => valuesOf(c.values)[column]).filter((f): f is Figure => f !== undefined);
      const finding = partSumFinding({
        rule: hierarchySum,
        ctx,
        table: table.kind,
        total,
        parts,
        describe: `${tableName}“${rowLabel(parent)}”的“${columnName(table.kind, column, template)}”应等于其下各${levelName}（${childCodes}）之和`,
      });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/** Family 1: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, in every amount column of every coded table. */
export const hierarchySum: Rule = {
  id: 'hierarchy-sum',
  family: 'hierarchy',
  severity: 'error',
  title: '表内层级：合计等于各类之和，类等于其下各款之和，款等于其下各项之和',
  check: (ctx) => codedTables(ctx.workbook).flatMap((t) => checkTable(ctx, t)),
};
