import Decimal from 'decimal.js';
import { cellAt, cellText, fromA1, type WorkbookGrid } from '../../grid';
import type { StatedAmount } from '../../narrativeText';
import type { RelationTerm, TextSpan } from '../../relations/types';
import type { Figure, TextCell } from '../../tables/types';
import { unitOf } from '../../tolerance';
import type { FigureUnit } from '../../units';
import { statedFigure } from './paragraphs';
import { printedDecimals, statedInOwnUnit } from './statedMatches';

/** The cell's whole text as the grid holds it; the paragraph itself when the grid is not at hand. */
function wholeCellText(paragraph: TextCell, grid: WorkbookGrid | undefined): string {
  const sheet = grid?.sheets.find((s) => s.name === paragraph.cell.sheet);
  if (!sheet) return paragraph.text;
  const { row, col } = fromA1(paragraph.cell.address);
  return cellText(cellAt(sheet, row, col));
}

/** Where a stated amount's digits stand: from its first digit up to its unit ('357.11' of '357.11万元'). */
export function textSpanOf(stated: StatedAmount, paragraph: TextCell, grid?: WorkbookGrid): TextSpan {
  const digits = stated.raw.replace(/\s*(万元|元)$/, '');
  const whole = wholeCellText(paragraph, grid);
  const at = whole.indexOf(paragraph.text);
  return {
    paragraph: paragraph.text,
    start: stated.start,
    end: stated.start + digits.length,
    cellText: at < 0 ? paragraph.text : whole,
    paragraphStart: Math.max(at, 0),
  };
}

/** A stated amount as a relation term on its paragraph's cell, in 万元 to 0.01 as the sum checks take it. */
export function statedTerm(
  stated: StatedAmount,
  paragraph: TextCell,
  coefficient: 1 | -1,
  grid?: WorkbookGrid,
): RelationTerm {
  return { figure: statedFigure(stated, paragraph), coefficient, text: textSpanOf(stated, paragraph, grid) };
}

/**
 * A stated amount as the same figure as a table cell: in the unit it is written in, as precise as it prints
 * ('4,614万元' to the 万) — but as precise as the table where both are in one unit, where they must be equal as
 * they stand (statedMatches).
 */
export function statedTermAgainst(
  stated: StatedAmount,
  paragraph: TextCell,
  table: Figure,
  grid?: WorkbookGrid,
): RelationTerm {
  const tableUnit = unitOf(table);
  const unit: FigureUnit =
    tableUnit.measure === stated.unit
      ? tableUnit
      : { measure: stated.unit, step: new Decimal(10).pow(-printedDecimals(stated)) };
  const figure: Figure = { ...statedFigure(stated, paragraph), value: statedInOwnUnit(stated), unit };
  return { figure, coefficient: 1, text: textSpanOf(stated, paragraph, grid) };
}
