import type { TableKind } from '../tableKinds';
import type { Measure } from '../units';

/**
 * Which template a workbook follows: a province (or the national 公开表 set) and a document type. A third province
 * adds its id here and one module beside this file.
 */
export type TemplateId = 'hebei' | 'shanghai' | 'shanghai-final' | 'national-final';

/**
 * Header words that identify a table's kind without its title. Each `header` pattern must match a different cell
 * of the header rows (the first row and the two below it); each `rows` pattern some cell further down.
 */
export interface HeaderSignature {
  kind: TableKind;
  header: readonly RegExp[];
  rows?: readonly RegExp[];
}

/** One piece of a blank template's own wording that must not survive into a published text. */
export interface TemplateTextPattern {
  /** What was left, in Chinese, e.g. '未填写的金额'. */
  what: string;
  /** Matched on normalised text (half-width, ASCII parentheses); must be global. */
  pattern: RegExp;
}

/** 预算 (spring) or 决算 (late summer). */
export type DocumentType = 'budget' | 'final';

export const DOCUMENT_NAMES: Record<DocumentType, string> = { budget: '部门预算', final: '部门决算' };

/**
 * A province's publication template, as data: how its titles read, which tables it has, the unit each table is
 * published in, and the header words its columns use where they differ from the common vocabulary. The engine
 * never branches on a template id; it reads these fields.
 */
export interface BudgetTemplate {
  id: TemplateId;
  /** Chinese name for the pane and reports, e.g. '上海市区级部门预算'. */
  name: string;
  document: DocumentType;
  /**
   * Title patterns, most specific first, matched against the title with spaces, quotes, 表N/序号 numbering, the
   * year prefix and the 部门/单位 prefix removed (see titleKind).
   */
  titles: ReadonlyArray<readonly [TableKind, RegExp]>;
  /** How a table without a recognised title is still known by its header, most specific first. */
  headers?: readonly HeaderSignature[];
  /**
   * Header words this template uses for a coded table's columns where the common vocabulary (readCodedTable.ts)
   * does not know them, by column key: e.g. { income: { business: /^事业单位收入$/ } }. Tried before the common words.
   */
  columnWords?: Partial<Record<TableKind, Readonly<Record<string, RegExp>>>>;
  /** The tables the template publishes: missing-table reports only these. */
  tables: readonly TableKind[];
  /** The unit each table is published in when its meta row does not say; others default to `measure`. */
  measure: Measure;
  tableMeasures?: Partial<Record<TableKind, Measure>>;
  /** The unit the 情况说明 states amounts in. */
  textMeasure: Measure;
  /**
   * True when the template publishes a 绩效目标表 for every project, so Σ their 预算数 is the 项目支出 合计. Shanghai's
   * 绩效目标 forms cover only some projects (the covered money is below 项目支出, not a finding).
   */
  performanceCoversAllProjects: boolean;
  /**
   * The blank template's placeholder wording, reported by narrative-template-text as a warning ('XXX万元',
   * '增加（减少）', '主要原因是……'). Empty where the template's placeholders are narrative-placeholder's errors.
   */
  templateText: readonly TemplateTextPattern[];
  /** How the template words the note under an empty table (empty-table-note quotes it). */
  emptyNoteExample: string;
  /** Column headers in the template's own words where they differ from the common ones (codedTables.ts), for messages. */
  columnNames?: Partial<Record<TableKind, Readonly<Record<string, string>>>>;
  /**
   * Text that only this template's layout prints (the national 公开表's '公开01表' tag, its 栏次 row): each cell that
   * matches adds a point when the recognizer chooses between templates whose titles read alike.
   */
  layoutMarks?: readonly RegExp[];
}
