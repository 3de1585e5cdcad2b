import * as path from 'path';
import fc from 'fast-check';
import { readWorkbookFile } from '../../src/cli/readWorkbookFile';
import { checkWorkbook, type CheckResult } from '../../src/engine/checkWorkbook';
import type { Finding, Severity } from '../../src/engine/findings';
import { fromA1, toA1, type WorkbookGrid } from '../../src/engine/grid';
import { generateNarrative, type NarrativeSection } from '../../src/engine/narrative';
import { NARRATIVE_BLOCK_NAME } from '../../src/engine/narrative/narrativeBlock';
import { recognizeWorkbook } from '../../src/engine/tables/recognizeWorkbook';
import { createWorkbookAdapter } from '../../src/excel/createWorkbookAdapter';
import { NarrativeInsertError } from '../../src/excel/insertNarrative';
import { FIXES_NAMESPACE } from '../../src/excel/fixRecord';
import { MARK_COLORS, NOTE_PREFIX } from '../../src/excel/markColors';
import {
  createMemoryRunner,
  MemoryWorkbook,
  type MemoryCell,
  type MemoryWorkbookSnapshot,
} from '../../src/preview/memoryExcel';
import { ROOT } from '../cli/runCli';
import { annotationsOf, markRecordParts } from './workbookState';

/**
 * Random sequences of what a user does with the pane — 校验, 标记, 清除标记, 修正 (random cells: numbers written,
 * formula and text cells refused), 撤销修正, 插入情况说明 (into the sheet or at
 * a random selected cell), 写入校验报告, save and reopen — on the seed-000 sample with random fills and
 * notes of the user's own. After every sequence each value and formula the user had is unchanged (outside the
 * add-in's own block and report sheet); after a final 清除标记 every fill is the user's again and only the
 * user's notes remain.
 */

const SAMPLE = path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx');

let grid: WorkbookGrid;
let base: MemoryWorkbookSnapshot;
let sections: NarrativeSection[];
/** Every sheet's cells (with and without content) within and a little beyond the used range. */
let cells: Array<{ sheet: string; address: string }>;

beforeAll(async () => {
  grid = (await readWorkbookFile(SAMPLE)).grid;
  base = MemoryWorkbook.fromGrid(grid).toJSON();
  sections = generateNarrative(recognizeWorkbook(grid));
  cells = [];
  for (const s of grid.sheets) {
    const rows = Math.max(s.rows.length, 1) + 3;
    const cols = Math.max(1, ...s.rows.map((r) => r?.length ?? 0)) + 2;
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push({ sheet: s.name, address: toA1(r, c) });
  }
});

type Op =
  | { kind: 'check' }
  | { kind: 'markChecked' }
  | { kind: 'markSome'; picks: Array<{ cell: number; severity: Severity; first: boolean }> }
  | { kind: 'clear' }
  | { kind: 'narrativeSheet' }
  | { kind: 'narrativeAt'; cell: number }
  | { kind: 'report' }
  | { kind: 'reopen' }
  | { kind: 'fix'; picks: Array<{ cell: number; value: number }> }
  | { kind: 'undoFixes' };

const index = fc.nat({ max: 1_000_000 });
const severity = fc.constantFrom<Severity>('error', 'warning', 'info');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: 'check' }),
  fc.constant<Op>({ kind: 'markChecked' }),
  fc
    .array(fc.record({ cell: index, severity, first: fc.boolean() }), { minLength: 1, maxLength: 12 })
    .map((picks): Op => ({ kind: 'markSome', picks })),
  fc.constant<Op>({ kind: 'clear' }),
  fc.constant<Op>({ kind: 'narrativeSheet' }),
  index.map((cell): Op => ({ kind: 'narrativeAt', cell })),
  fc.constant<Op>({ kind: 'report' }),
  fc.constant<Op>({ kind: 'reopen' }),
  fc
    .array(fc.record({ cell: index, value: fc.integer({ min: -1000, max: 100000 }) }), { minLength: 1, maxLength: 6 })
    .map((picks): Op => ({ kind: 'fix', picks })),
  fc.constant<Op>({ kind: 'undoFixes' }),
);

/** Users' own fills, our mark colours among them (a user may well have used Excel's 差/中性 fills). */
const userFill = fc.constantFrom('#FFFF00', '#FFFFFF', '#E2EFDA', '#000000', MARK_COLORS.error, MARK_COLORS.warning);
const setup = fc.record({
  fills: fc.array(fc.record({ cell: index, color: userFill }), { maxLength: 25 }),
  notes: fc.array(fc.record({ cell: index, text: fc.string({ minLength: 1, maxLength: 12 }) }), { maxLength: 6 }),
});

/** typed() without the displayed text: what a restored cell must match (Excel recomputes the text). */
function withoutText(content: string | undefined): string | undefined {
  if (content === undefined) return undefined;
  const [value, formula, numberFormat] = JSON.parse(content) as unknown[];
  return [value, formula, numberFormat].every((x) => x === null)
    ? undefined
    : JSON.stringify([value, formula, numberFormat]);
}

const fixRecordParts = (wb: MemoryWorkbook) =>
  wb.customXmlParts.filter((p) => p.namespaceUri === FIXES_NAMESPACE).length;

/** What the user typed: everything of a cell but its fill; undefined for a cell that holds only a fill. */
function typed(cell: MemoryCell): string | undefined {
  const content = [cell.value, cell.formula ?? null, cell.numberFormat ?? null, cell.text ?? null];
  return content.every((x) => x === null) ? undefined : JSON.stringify(content);
}

function cellMap(wb: MemoryWorkbook, sheet: string, pick: (c: MemoryCell) => string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  wb.sheetByName(sheet)?.forEachCell((r, c, cell) => {
    const v = pick(cell);
    if (v !== undefined) out.set(toA1(r, c), v);
  });
  return out;
}

/** Cells of the add-in's 情况说明 block, found by its workbook name. */
function blockCells(wb: MemoryWorkbook): Set<string> {
  const name = wb.nameByName(NARRATIVE_BLOCK_NAME);
  const out = new Set<string>();
  const sheet = name?.sheetId ? wb.sheetById(name.sheetId) : undefined;
  if (!name?.rect || !sheet) return out;
  for (let r = name.rect.top; r <= name.rect.bottom; r++)
    for (let c = name.rect.left; c <= name.rect.right; c++) out.add(`${sheet.name}!${toA1(r, c)}`);
  return out;
}

/** What the runs exercised: the property is only as strong as the paths it took. */
const exercised = { marked: 0, insertedAt: 0, refusedAt: 0, reopened: 0, fixed: 0, fixRefused: 0, undone: 0 };

/** checkWorkbook is pure and the grid rarely changes between runs (fills are not in it): check each grid once. */
const checked = new Map<string, CheckResult>();
async function check(adapter: ReturnType<typeof createWorkbookAdapter>): Promise<CheckResult> {
  const read = await adapter.readWorkbook();
  const key = JSON.stringify(read);
  let result = checked.get(key);
  if (!result) {
    result = checkWorkbook(read, { strict: false });
    checked.set(key, result);
  }
  return result;
}

interface SequenceState {
  checked?: CheckResult;
  /** Cells 修正 wrote (sheet!address): the only user cells whose content may differ until 撤销修正. */
  fixed: Set<string>;
}

async function apply(wb: MemoryWorkbook, o: Op, state: SequenceState): Promise<MemoryWorkbook> {
  const adapter = createWorkbookAdapter(createMemoryRunner(wb));
  switch (o.kind) {
    case 'check':
      state.checked = await check(adapter);
      break;
    case 'markChecked':
      state.checked ??= await check(adapter);
      exercised.marked += (await adapter.markFindings(state.checked.findings)).marked;
      break;
    case 'markSome': {
      const findings: Finding[] = [];
      for (const p of o.picks) {
        const cell = cells[p.cell % cells.length];
        if (p.first || findings.length === 0) {
          findings.push({
            ruleId: 'random',
            family: 'hierarchy',
            severity: p.severity,
            message: `随机问题 ${p.cell}`,
            cells: [],
          });
        }
        findings[findings.length - 1].cells.push(cell);
      }
      exercised.marked += (await adapter.markFindings(findings)).marked;
      break;
    }
    case 'clear':
      await adapter.clearMarks();
      break;
    case 'narrativeSheet':
      await adapter.insertNarrative(sections, { unit: state.checked?.unit, year: state.checked?.year });
      break;
    case 'narrativeAt': {
      const target = cells[o.cell % cells.length];
      const sheet = wb.sheet(target.sheet);
      wb.activeSheetId = sheet.id;
      wb.selection = { sheetId: sheet.id, addresses: [target.address] };
      try {
        await adapter.insertNarrative(sections, { atSelection: true });
        exercised.insertedAt++;
      } catch (e) {
        // Refused: some cell below the selection is not empty. Nothing was written.
        if (!(e instanceof NarrativeInsertError)) throw e;
        exercised.refusedAt++;
      }
      break;
    }
    case 'report':
      state.checked ??= await check(adapter);
      await adapter.writeReport(state.checked);
      break;
    case 'fix': {
      // The clicked fixes: numbers (two decimals) into random cells; formula and text cells are refused.
      const fixes = o.picks.map((p) => ({ cell: cells[p.cell % cells.length], value: (p.value / 100).toFixed(2) }));
      const result = await adapter.applyFixes(fixes);
      for (const a of result.applied) state.fixed.add(`${a.cell.sheet}!${a.cell.address}`);
      exercised.fixed += result.applied.length;
      exercised.fixRefused += result.refused.length;
      break;
    }
    case 'undoFixes':
      exercised.undone += (await adapter.undoFixes()).restored.length;
      break;
    case 'reopen':
      exercised.reopened++;
      return MemoryWorkbook.fromJSON(JSON.parse(JSON.stringify(wb.toJSON())) as MemoryWorkbookSnapshot);
  }
  return wb;
}

describe('operation sequences on the seed-000 sample never touch what the user typed', () => {
  it('values and formulas stay; a final 清除标记 gives back every fill and leaves only the user’s notes', async () => {
    const originalSheets = grid.sheets.map((s) => s.name);
    await fc.assert(
      fc.asyncProperty(setup, fc.array(op, { minLength: 1, maxLength: 8 }), async (user, ops) => {
        let wb = MemoryWorkbook.fromJSON(base);
        for (const f of user.fills) {
          const c = cells[f.cell % cells.length];
          wb.sheet(c.sheet).setFill(c.address, f.color);
        }
        const noted = new Set<string>();
        for (const n of user.notes) {
          const c = cells[n.cell % cells.length];
          const key = `${c.sheet}!${c.address}`;
          if (noted.has(key)) continue;
          noted.add(key);
          const { row, col } = fromA1(c.address);
          wb.notes.push({
            id: `u${noted.size}`,
            sheetId: wb.sheet(c.sheet).id,
            row,
            col,
            content: n.text,
            author: 'u',
          });
        }
        const typedBefore = new Map(originalSheets.map((s) => [s, cellMap(wb, s, typed)]));
        const fillsBefore = new Map(originalSheets.map((s) => [s, cellMap(wb, s, (c) => c.fill)]));
        const notesBefore = annotationsOf(wb);

        const state: SequenceState = { fixed: new Set() };
        for (const o of ops) wb = await apply(wb, o, state);

        // Every changed cell, collected (one assertion per run keeps 200 runs fast). Only the add-in's block may
        // add cells to the user's sheets, and only where they were empty.
        const block = blockCells(wb);
        const changed: string[] = [];
        for (const s of originalSheets) {
          const before = typedBefore.get(s)!;
          const after = cellMap(wb, s, typed);
          for (const [address, content] of before) {
            // The block never lands on a cell the user had filled: no exception for it here. 修正 changes only
            // the cells the user clicked a fix for.
            if (state.fixed.has(`${s}!${address}`)) continue;
            if (after.get(address) !== content) changed.push(`${s}!${address}: ${content} → ${after.get(address)}`);
          }
          for (const [address, content] of after) {
            if (!before.has(address) && !block.has(`${s}!${address}`) && !state.fixed.has(`${s}!${address}`))
              changed.push(`${s}!${address}: 新增 ${content}`);
          }
        }
        expect(changed).toEqual([]);

        // 撤销修正 gives every fixed cell its value, formula and number format back exactly (the displayed text is
        // Excel's to recompute from them); every other cell stays as it was.
        wb = await apply(wb, { kind: 'undoFixes' }, state);
        const notRestored: string[] = [];
        for (const s of originalSheets) {
          const before = typedBefore.get(s)!;
          const after = cellMap(wb, s, typed);
          const keys = new Set([...before.keys(), ...after.keys()]);
          for (const address of keys) {
            if (block.has(`${s}!${address}`) && !before.has(address)) continue;
            const fixedCell = state.fixed.has(`${s}!${address}`);
            const was = fixedCell ? withoutText(before.get(address)) : before.get(address);
            const now = fixedCell ? withoutText(after.get(address)) : after.get(address);
            if (was !== now) notRestored.push(`${s}!${address}: ${was} → ${now}`);
          }
        }
        expect(notRestored).toEqual([]);
        expect(fixRecordParts(wb)).toBe(0);

        wb = await apply(wb, { kind: 'clear' }, state);
        for (const s of originalSheets) {
          expect({ sheet: s, fills: [...cellMap(wb, s, (c) => c.fill)].sort() }).toEqual({
            sheet: s,
            fills: [...fillsBefore.get(s)!].sort(),
          });
        }
        for (const s of wb.sheets.filter((x) => !originalSheets.includes(x.name))) {
          expect(cellMap(wb, s.name, (c) => c.fill).size).toBe(0);
        }
        expect(annotationsOf(wb)).toEqual(notesBefore);
        expect(wb.notes.some((n) => n.content.startsWith(NOTE_PREFIX))).toBe(false);
        expect(markRecordParts(wb)).toBe(0);
      }),
      { numRuns: 200 },
    );
    expect(exercised.marked).toBeGreaterThan(200);
    expect(exercised.insertedAt).toBeGreaterThan(5);
    expect(exercised.refusedAt).toBeGreaterThan(5);
    expect(exercised.reopened).toBeGreaterThan(20);
    expect(exercised.fixed).toBeGreaterThan(50);
    expect(exercised.fixRefused).toBeGreaterThan(20);
    expect(exercised.undone).toBeGreaterThan(50);
  });
});
