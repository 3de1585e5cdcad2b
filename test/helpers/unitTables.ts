import Decimal from 'decimal.js';
import type { TableKind } from '../../src/engine/tableKinds';
import type {
  CodedTable,
  Figure,
  IncomeColumn,
  IncomeTable,
  ThreePublicRow,
  ThreePublicTable,
} from '../../src/engine/tables/types';
import type { FigureUnit } from '../../src/engine/units';
import { figure, textCell } from './figures';
import { tableBase } from './ruleContextBuilder';
import { codedTable, type Cell } from './typedTableBuilders';

/** 元 printed to the fen: exact. */
export const YUAN_FEN: FigureUnit = { measure: '元', step: new Decimal(0) };
/** 元 printed without decimals: rounded to 1 元. */
export const YUAN_WHOLE: FigureUnit = { measure: '元', step: new Decimal(1) };
export const WAN: FigureUnit = { measure: '万元', step: new Decimal('0.01') };

/** Every figure of a coded table, 合计 row first. */
export function codedFigures<K extends TableKind, C extends string>(t: CodedTable<K, C>): Figure[] {
  const rows = t.total ? [t.total, ...t.rows] : t.rows;
  return rows.flatMap((r) => Object.values<Figure | undefined>(r.values).filter((f): f is Figure => f !== undefined));
}

/** Give every figure of a coded table `unit` (as applyUnits does) and list them in allFigures. */
export function withUnit<T extends CodedTable<TableKind, string>>(t: T, unit: FigureUnit): T {
  const figures = codedFigures(t);
  for (const f of figures) f.unit = unit;
  t.allFigures = figures;
  return t;
}

/** Shanghai's 收入总表 columns: 合计, 财政拨款收入, 事业收入, 事业单位经营收入, 其他收入 (no 小计, no 上年结转). */
export const SHANGHAI_INCOME_COLUMNS: IncomeColumn[] = ['total', 'fiscal', 'business', 'operating', 'other'];

type Rows = ReadonlyArray<readonly [string, string, ...Cell[]]>;

export const shanghaiIncomeTable = (rows: Rows, unit: FigureUnit = YUAN_FEN): IncomeTable =>
  withUnit(codedTable('income', SHANGHAI_INCOME_COLUMNS, rows), unit);

/**
 * Shanghai's one-row 三公 table as the reader maps it: each item a row with only its 合计 figure
 * (A 合计, B 因公出国, C 公务接待, D 小计, E 购置费, F 运行费 on sheet row 7), in 万元.
 */
export function shanghaiThreePublic(
  amounts: Record<'total' | 'outbound' | 'reception' | 'vehicle' | 'vehiclePurchase' | 'vehicleOps', Cell>,
  unit: FigureUnit = WAN,
): ThreePublicTable {
  const layout: Array<[ThreePublicRow, string, string]> = [
    ['total', 'A', '合计'],
    ['outbound', 'B', '因公出国(境)费'],
    ['reception', 'C', '公务接待费'],
    ['vehicle', 'D', '小计'],
    ['vehiclePurchase', 'E', '购置费'],
    ['vehicleOps', 'F', '运行费'],
  ];
  const t: ThreePublicTable = { ...tableBase('three_public', '三公'), kind: 'three_public', rows: {} };
  for (const [role, col, label] of layout) {
    const f = figure(amounts[role], `${col}7`, '三公');
    f.unit = unit;
    t.rows[role] = { label: textCell(label, `${col}6`, '三公'), values: { total: f } };
    t.allFigures.push(f);
  }
  return t;
}
