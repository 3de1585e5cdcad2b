import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckResult } from '../../engine/checkWorkbook';
import {
  blockAlternatives,
  blockMergeText,
  generateNarrative,
  type NarrativeSection,
  type PreviousYearFigures,
} from '../../engine/narrative';
import { narrativeBlockRows } from '../../engine/narrative/narrativeBlock';
import { recognizeWorkbook } from '../../engine/tables/recognizeWorkbook';
import type { BudgetWorkbook } from '../../engine/tables/types';
import type { NarrativeBlockOptions, NarrativeBlockResult } from '../../excel/insertNarrative';
import type { WorkbookAdapter } from '../../excel/types';
import { errorMessage } from '../errorMessage';
import { STRINGS } from '../strings';
import { copyText } from './copyText';
import { blockText, findExistingBlock, type BlockLocation } from './existingBlock';
import {
  EMPTY_PREVIOUS_INPUT,
  parsePreviousInput,
  previousInputOf,
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

export type NarrativeBusy = 'reading' | 'inserting' | { file: string };

export interface NarrativeNotice {
  intent: 'success' | 'info' | 'warning';
  text: string;
  /** After an insert: offer to check the workbook again. */
  revalidate?: boolean;
}

export interface PendingReplace {
  atSelection: boolean;
  where: BlockLocation;
}

export interface NarrativeSession {
  workbook?: BudgetWorkbook;
  sections: NarrativeSection[];
  input: PreviousInput;
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
): NarrativeSession {
  const [ownWorkbook, setOwnWorkbook] = useState<BudgetWorkbook>();
  const [input, setInput] = useState<PreviousInput>(EMPTY_PREVIOUS_INPUT);
  const [fileYear, setFileYear] = useState<number>();
  const [busy, setBusy] = useState<NarrativeBusy>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<NarrativeNotice>();
  const [pendingReplace, setPendingReplace] = useState<PendingReplace>();
  const [inserted, setInserted] = useState<BlockLocation>();
  const [copyFallback, setCopyFallback] = useState<string>();

  const workbook = result?.workbook ?? ownWorkbook;
  const entry = useMemo(() => parsePreviousInput(input, fileYear), [input, fileYear]);
  const sections = useMemo(
    () => (workbook ? generateNarrative(workbook, { previous: entry.figures }) : []),
    [workbook, entry.figures],
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
  }, []);

  const clearPrevious = useCallback(() => {
    setInput(EMPTY_PREVIOUS_INPUT);
    setFileYear(undefined);
    setNotice(undefined);
  }, []);

  const loadPreviousFile = useCallback(
    async (file: File) => {
      setBusy({ file: file.name });
      setError(undefined);
      setNotice(undefined);
      try {
        const figures = await readPreviousYear(await file.arrayBuffer(), file.name);
        setInput(previousInputOf(figures));
        setFileYear(figures.year);
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

  const insert = useCallback(
    async (atSelection: boolean) => {
      if (existing) {
        setNotice(undefined);
        setPendingReplace({ atSelection, where: existing });
        return;
      }
      await write(atSelection);
    },
    [existing, write],
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
    input,
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
