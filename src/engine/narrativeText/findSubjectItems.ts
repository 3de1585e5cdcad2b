import { findAmounts, normalizeParagraph, type StatedAmount } from './findAmounts';
import { findChangeClauses, type ChangeClause } from './findChangeClauses';

/**
 * '2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%': last year's execution, this
 * year's figure and the rate between them.
 */
export interface ExecutionComparison {
  previousYear: number;
  previous: StatedAmount;
  year: number;
  planned: StatedAmount;
  change?: ChangeClause;
}

/**
 * One item of '财政拨款支出主要内容如下': '1. “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元，
 * 主要用于…' or '3. “一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）”45.41万元…'.
 */
export interface SubjectItem {
  /** The item's number. */
  index: number;
  /** The names of 类, 款, 项 along the code path, as written (one or two when the text stops higher). */
  names: string[];
  /** The subject as written between the quotes. */
  subject: string;
  amount: StatedAmount;
  execution?: ExecutionComparison;
  start: number;
}

const ITEM = /(?:^|[\s。;])\s*(\d{1,3})\s*[.、]\s*“([^”]{2,120})”\s*(?:科目)?\s*(?=\d)/g;
const LEVEL_MARK = /\((?:类|款|项)\)/;
const EXECUTION =
  /(\d{4})年(?:当年)?预算执行数为?\s*(?=\d)[\d,.]+\s*万元\s*,\s*(\d{4})年(?:预算)?安排(?:预算)?\s*(?=\d)[\d,.]+\s*万元/g;

/** '一般公共服务支出(类)统计信息事务(款)统计管理(项)' or '一般公共服务支出-政府办公厅(室)及相关机构事务-行政运行' → the names. */
export function subjectNames(subject: string): string[] {
  const s = normalizeParagraph(subject).replace(/\s/g, '');
  const parts = LEVEL_MARK.test(s) ? s.split(/\((?:类|款|项)\)/) : s.split(/[-－—]/);
  return parts.filter((p) => p !== '');
}

/** Every 科目 item of a paragraph, with its execution comparison when the item states one. */
export function findSubjectItems(text: string): SubjectItem[] {
  const s = normalizeParagraph(text);
  const amounts = findAmounts(text);
  const clauses = findChangeClauses(text);
  const items: SubjectItem[] = [];
  for (const m of s.matchAll(ITEM)) {
    const end = (m.index ?? 0) + m[0].length;
    const amount = amounts.find((a) => a.start === end);
    if (!amount) continue;
    const names = subjectNames(m[2]);
    if (!names.length) continue;
    items.push({ index: Number(m[1]), names, subject: m[2], amount, start: end - m[0].length + m[0].indexOf(m[1]) });
  }
  for (const m of s.matchAll(EXECUTION)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const inside = amounts.filter((a) => a.start >= start && a.end <= end);
    if (inside.length !== 2) continue;
    const item = [...items].reverse().find((i) => i.start < start);
    if (!item || item.execution) continue;
    const change = clauses.find((c) => c.start >= end && /^[\s,]*$/.test(s.slice(end, c.start)));
    item.execution = {
      previousYear: Number(m[1]),
      previous: inside[0],
      year: Number(m[2]),
      planned: inside[1],
      ...(change ? { change } : {}),
    };
  }
  return items;
}
