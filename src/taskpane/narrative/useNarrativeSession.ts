import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { YearBudgetFigures } from '../../engine/budgetVsFinal/types';
import type { CheckResult } from '../../engine/checkWorkbook';
import {
  blockAlternatives,
  blockMergeText,
  generateNarrative,
  mergeNarrativeBlock,
  statedPreviousYear,
  type NarrativeSection,
  type PreviousYearFigures,
} from '../../engine/narrative';
import { narrativeBlockRows } from '../../engine/narrative/narrativeBlock';
import { recognizeWorkbook } from '../../engine/tables/recognizeWorkbook';
import type { BudgetWorkbook } from '../../engine/tables/types';
import { templateById } from '../../engine/templates';
import type { NarrativeBlockOptions, NarrativeBlockResult } from '../../excel/insertNarrative';
import type { WorkbookAdapter } from '../../excel/types';
import { errorMessage } from '../../shared/errorMessage';
import { STRINGS } from '../../shared/strings';
import { copyText } from './copyText';
import { blockCells, blockText, findExistingBlock, type BlockLocation } from './existingBlock';
import {
  ALL_FIELDS,
  EMPTY_PREVIOUS_INPUT,
  parsePreviousInput,
  previousInputOf,
  statedInput,
  type PreviousField,
  type PreviousInput,
  type PreviousYearEntry,
} from './previousYearInput';

/** Reads last year's .xlsx into its figures; the default loads ExcelJS on first use. */
export type ReadPreviousYear = (data: ArrayBuffer, fileName: string) => Promise<PreviousYearFigures>;

export const readPreviousYearOnDemand: ReadPreviousYear = async (data, fileName) => {
  const { readPreviousYearFile } = await import(/* webpackChunkName: "previous-year" */ './readPreviousYearFile');
  return readPreviousYearFile(data, fileName);
};

export type NarrativeBusy = 'reading' | 'comparing' | 'inserting' | { file: string };

export interface NarrativeNotice {
  intent: 'success' | 'info' | 'warning';
  text: string;
  /** After an insert: offer to check the workbook again. */
  revalidate?: boolean;
}

export interface PendingReplace {
  atSelection: boolean;
  where: BlockLocation;
  /** What the replacement will do ('更新 3 个数字，保留 2 处已填写的原因'); undefined when the block could not be read. */
  change?: string;
}

export interface NarrativeSession {
  workbook?: BudgetWorkbook;
  sections: NarrativeSection[];
  /** The fields as shown: what was typed or read from a file, blanks filled from the existing 情况说明. */
  input: PreviousInput;
  /** The fields filled from the existing 情况说明's statements (取自原说明), until the user edits them. */
  fromStatement: ReadonlySet<PreviousField>;
  entry: PreviousYearEntry;
  busy?: NarrativeBusy;
  error?: string;
  notice?: NarrativeNotice;
  pendingReplace?: PendingReplace;
  /** The text to copy by hand when the clipboard is out of reach. */
  copyFallback?: string;
  setField(field: PreviousField, text: string): void;
  clearPrevious(): void;
  loadPreviousFile(file: File): Promise<void>;
  readAgain(): Promise<void>;
  insert(atSelection: boolean): Promise<void>;
  confirmReplace(): Promise<void>;
  cancelReplace(): void;
  copy(): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
}

/**
 * The 生成说明 tab's state: the workbook the last 校验 read (or one it reads itself), last year's figures,
 * the generated sections, and the insert (with a confirmation before a block is replaced) and copy commands.
 * Every failure becomes a Chinese message; nothing here throws into the pane.
 */
export function useNarrativeSession(
  adapter: WorkbookAdapter,
  result: CheckResult | undefined,
  readPreviousYear: ReadPreviousYear,
  /** The 预算 file's figures: they win over the typed 年初预算. */
  yearBudget?: YearBudgetFigures,
): NarrativeSession {
  const [ownWorkbook, setOwnWorkbook] = useState<BudgetWorkbook>();
  const [input, setInput] = useState<PreviousInput>(EMPTY_PREVIOUS_INPUT);
  // Fields typed into, cleared or read from a file: the existing 情况说明's statements no longer fill them.
  const [touched, setTouched] = useState<ReadonlySet<PreviousField>>(new Set());
  const [fileYear, setFileYear] = useState<number>();
  const [busy, setBusy] = useState<NarrativeBusy>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<NarrativeNotice>();
  const [pendingReplace, setPendingReplace] = useState<PendingReplace>();
  const [inserted, setInserted] = useState<BlockLocation>();
  const [copyFallback, setCopyFallback] = useState<string>();

  const workbook = result?.workbook ?? ownWorkbook;
  const stated = useMemo(() => (workbook ? statedPreviousYear(workbook) : undefined), [workbook]);
  const filled = useMemo(() => statedInput(stated, input, touched), [stated, input, touched]);
  const shown = useMemo<PreviousInput>(() => ({ ...input, ...filled }), [input, filled]);
  const fromStatement = useMemo(() => new Set(Object.keys(filled) as PreviousField[]), [filled]);
  const year = fileYear ?? (fromStatement.size ? stated?.figures?.year : undefined);
  const final = templateById(workbook?.template).document === 'final';
  const entry = useMemo(() => parsePreviousInput(shown, year, final), [shown, year, final]);
  const sections = useMemo(
    () =>
      workbook ? generateNarrative(workbook, { previous: entry.figures, budget: yearBudget ?? entry.budget }) : [],
    [workbook, entry.figures, entry.budget, yearBudget],
  );
  // A block written in this session is known even before the workbook is read again.
  const existing = useMemo(
    () => inserted ?? (workbook ? findExistingBlock(workbook, sections) : undefined),
    [inserted, workbook, sections],
  );

  const readAgain = useCallback(async () => {
    setBusy('reading');
    setError(undefined);
    try {
      const read = recognizeWorkbook(await adapter.readWorkbook());
      setOwnWorkbook(read);
      if (read.tables.length === 0) setNotice({ intent: 'warning', text: STRINGS.narrativeNoTables });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(undefined);
    }
  }, [adapter]);

  // No 校验 yet when the tab opens: read the workbook once, so the tab has something to write from.
  const readOnOpen = useRef(result === undefined);
  useEffect(() => {
    if (readOnOpen.current) void readAgain();
    readOnOpen.current = false;
  }, [readAgain]);

  const setField = useCallback((field: PreviousField, text: string) => {
    setInput((prev) => ({ ...prev, [field]: text }));
    setTouched((prev) => new Set(prev).add(field));
    // The confirmation counted the changes of the block as it was generated before.
    setPendingReplace(undefined);
  }, []);

  // 清空上年数 empties every field, those filled from the 情况说明 too.
  const clearPrevious = useCallback(() => {
    setInput(EMPTY_PREVIOUS_INPUT);
    setTouched(new Set(ALL_FIELDS));
    setFileYear(undefined);
    setNotice(undefined);
    setPendingReplace(undefined);
  }, []);

  const loadPreviousFile = useCallback(
    async (file: File) => {
      setBusy({ file: file.name });
      setError(undefined);
      setNotice(undefined);
      try {
        const figures = await readPreviousYear(await file.arrayBuffer(), file.name);
        setInput(previousInputOf(figures));
        setTouched(new Set(ALL_FIELDS));
        setFileYear(figures.year);
        setPendingReplace(undefined);
        setNotice({ intent: 'success', text: STRINGS.previousFileLoaded(file.name, figures.year) });
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(undefined);
      }
    },
    [readPreviousYear],
  );

  const write = useCallback(
    async (atSelection: boolean) => {
      setPendingReplace(undefined);
      setBusy('inserting');
      setError(undefined);
      setNotice(undefined);
      try {
        // Earlier generations of the block, so a replacement keeps what was typed into it (mergeNarrativeBlock).
        const options: NarrativeBlockOptions = {
          atSelection,
          unit: workbook?.unitName,
          year: result?.year ?? workbook?.year,
          alternatives: workbook ? blockAlternatives(workbook) : undefined,
        };
        const r: NarrativeBlockResult = await adapter.insertNarrative(sections, options);
        const where = { sheet: r.sheet, address: r.address };
        setInserted(where);
        const kept = r.merge ? `（${blockMergeText(r.merge)}）` : '';
        const done = r.replaced ? `${STRINGS.replaced(blockText(where))}${kept}` : STRINGS.inserted(blockText(where));
        setNotice({ intent: 'success', text: `${done}${STRINGS.revalidateHint}`, revalidate: true });
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(undefined);
      }
    },
    [adapter, sections, workbook, result],
  );

  /** What replacing the block at `where` would do: its cells read now, merged as insertNarrative merges them. */
  const compare = useCallback(
    async (where: BlockLocation): Promise<string | undefined> => {
      const current = blockCells(await adapter.readWorkbook(), where);
      if (!current) return undefined;
      const next = narrativeBlockRows(sections);
      const merge = mergeNarrativeBlock(current, next, workbook ? blockAlternatives(workbook) : undefined);
      return blockMergeText(merge.summary);
    },
    [adapter, sections, workbook],
  );

  const insert = useCallback(
    async (atSelection: boolean) => {
      if (existing) {
        setNotice(undefined);
        setError(undefined);
        setBusy('comparing');
        let change: string | undefined;
        try {
          change = await compare(existing);
        } catch {
          // The block could not be read: the confirmation still asks, without the count.
        } finally {
          setBusy(undefined);
        }
        setPendingReplace({ atSelection, where: existing, change });
        return;
      }
      await write(atSelection);
    },
    [existing, write, compare],
  );

  const confirmReplace = useCallback(async () => {
    if (pendingReplace) await write(pendingReplace.atSelection);
  }, [pendingReplace, write]);

  const copy = useCallback(async () => {
    const text = narrativeBlockRows(sections).join('\n');
    setError(undefined);
    if (await copyText(text)) {
      setCopyFallback(undefined);
      setNotice({ intent: 'success', text: STRINGS.copied });
    } else {
      setCopyFallback(text);
      setNotice({ intent: 'warning', text: STRINGS.copyUnavailable });
    }
  }, [sections]);

  return {
    workbook,
    sections,
    input: shown,
    fromStatement,
    entry,
    busy,
    error,
    notice,
    pendingReplace,
    copyFallback,
    setField,
    clearPrevious,
    loadPreviousFile,
    readAgain,
    insert,
    confirmReplace,
    cancelReplace: useCallback(() => setPendingReplace(undefined), []),
    copy,
    dismissError: useCallback(() => setError(undefined), []),
    dismissNotice: useCallback(() => setNotice(undefined), []),
  };
}
