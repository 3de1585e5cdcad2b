import { useCallback, useRef, useState } from 'react';
import type { YearBudgetFigures } from '../engine/budgetVsFinal/types';
import type { CheckResult } from '../engine/checkWorkbook';
import type { CellRef, WorkbookGrid } from '../engine/grid';
import { CancelledError, isCancelled, type CancelSignal } from '../excel/cancel';
import type { ReadProgress, WorkbookAdapter } from '../excel/types';
import { errorMessage } from '../shared/errorMessage';
import { STRINGS } from '../shared/strings';
import type { CheckFn } from '../shared/checkFn';

export type BusyState = 'reading' | 'checking' | 'marking' | 'clearing' | 'exporting' | 'fixing' | 'undoing';

export interface Notice {
  intent: 'success' | 'info' | 'warning';
  text: string;
}

export interface CheckSession {
  strict: boolean;
  setStrict(strict: boolean): void;
  /** Whether hidden (and very hidden) sheets are checked; on by default. */
  includeHidden: boolean;
  setIncludeHidden(include: boolean): void;
  /** A 决算's same-year 预算 figures (选择同年预算文件); setting them re-checks the last read workbook. */
  budget?: YearBudgetFigures;
  setBudget(budget: YearBudgetFigures | undefined): void;
  /** The hidden sheets of the workbook last read. */
  hiddenSheets: readonly string[];
  busy?: BusyState;
  progress?: ReadProgress;
  /** The running read, check or marking can be cancelled. */
  cancellable: boolean;
  cancel(): void;
  result?: CheckResult;
  error?: string;
  notice?: Notice;
  dismissError(): void;
  dismissNotice(): void;
  validate(): Promise<void>;
  mark(): Promise<void>;
  clear(): Promise<void>;
  exportReport(): Promise<void>;
  select(cells: readonly CellRef[]): Promise<void>;
}

/** Lets React paint the progress line before the synchronous check blocks the thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const hiddenOf = (grid: WorkbookGrid): string[] =>
  grid.sheets.filter((s) => s.visibility === 'hidden' || s.visibility === 'veryHidden').map((s) => s.name);

/** The grid the check sees: without the hidden sheets when they are not to be checked (the same grid when none is). */
function gridToCheck(grid: WorkbookGrid, includeHidden: boolean): WorkbookGrid {
  if (includeHidden || hiddenOf(grid).length === 0) return grid;
  return { ...grid, sheets: grid.sheets.filter((s) => s.visibility !== 'hidden' && s.visibility !== 'veryHidden') };
}

/** A cancel flag the adapter polls between syncs (no AbortController needed in older Office webviews). */
interface CancelToken extends CancelSignal {
  aborted: boolean;
}

/**
 * The pane's state machine: read → check → (mark | clear | export | select). Every adapter call is
 * caught and turned into a Chinese error line, so a failing Office.js call never blanks the pane.
 */
export function useCheckSession(adapter: WorkbookAdapter, check: CheckFn, initialError?: string): CheckSession {
  const [strict, setStrictState] = useState(false);
  const [includeHidden, setIncludeHiddenState] = useState(true);
  const [budget, setBudgetState] = useState<YearBudgetFigures>();
  const [hiddenSheets, setHiddenSheets] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState<BusyState>();
  const [progress, setProgress] = useState<ReadProgress>();
  const [result, setResult] = useState<CheckResult>();
  const [error, setError] = useState<string | undefined>(initialError);
  const [notice, setNotice] = useState<Notice>();
  // The last grid read, so switching strict mode re-checks without reading the workbook again.
  const gridRef = useRef<WorkbookGrid>();
  // The running call's cancel flag; a new token for each call, so a late cancel never stops the next one.
  const tokenRef = useRef<CancelToken>();
  const [cancellable, setCancellable] = useState(false);

  const guarded = useCallback(async (state: BusyState, action: (token: CancelToken) => Promise<void>) => {
    const token: CancelToken = { aborted: false };
    tokenRef.current = token;
    const canCancel = state === 'reading' || state === 'checking' || state === 'marking';
    setCancellable(canCancel);
    setBusy(state);
    setError(undefined);
    setNotice(undefined);
    try {
      await action(token);
    } catch (e) {
      if (isCancelled(e)) {
        setNotice({ intent: 'info', text: state === 'marking' ? STRINGS.markCancelled : STRINGS.cancelled });
      } else setError(errorMessage(e));
    } finally {
      if (tokenRef.current === token) tokenRef.current = undefined;
      setCancellable(false);
      setBusy(undefined);
      setProgress(undefined);
    }
  }, []);

  const cancel = useCallback(() => {
    if (tokenRef.current) tokenRef.current.aborted = true;
  }, []);

  const runCheck = useCallback(
    async (
      grid: WorkbookGrid,
      strictMode: boolean,
      withHidden: boolean,
      token: CancelToken,
      yearBudget: YearBudgetFigures | undefined,
    ) => {
      setBusy('checking');
      setProgress({ fraction: 1, label: STRINGS.checking });
      await nextFrame();
      // The engine runs in one go: a cancel is honoured up to its start, and the last result stays.
      if (token.aborted) throw new CancelledError();
      setHiddenSheets(hiddenOf(grid));
      const checked = check(
        gridToCheck(grid, withHidden),
        yearBudget ? { strict: strictMode, budget: yearBudget } : { strict: strictMode },
      );
      setResult(checked);
      if (checked.tables.length === 0) setNotice({ intent: 'warning', text: STRINGS.resultNoTables });
    },
    [check],
  );

  const validate = useCallback(
    () =>
      guarded('reading', async (token) => {
        setProgress({ fraction: 0, label: STRINGS.reading });
        const grid = await adapter.readWorkbook((p) => {
          if (!token.aborted) setProgress(p);
        }, token);
        gridRef.current = grid;
        await runCheck(grid, strict, includeHidden, token, budget);
      }),
    [adapter, guarded, runCheck, strict, includeHidden, budget],
  );

  const setStrict = useCallback(
    (next: boolean) => {
      setStrictState(next);
      const grid = gridRef.current;
      if (grid) void guarded('checking', (token) => runCheck(grid, next, includeHidden, token, budget));
    },
    [guarded, runCheck, includeHidden, budget],
  );

  const setIncludeHidden = useCallback(
    (next: boolean) => {
      setIncludeHiddenState(next);
      const grid = gridRef.current;
      if (grid) void guarded('checking', (token) => runCheck(grid, strict, next, token, budget));
    },
    [guarded, runCheck, strict, budget],
  );

  const setBudget = useCallback(
    (next: YearBudgetFigures | undefined) => {
      setBudgetState(next);
      const grid = gridRef.current;
      if (grid) void guarded('checking', (token) => runCheck(grid, strict, includeHidden, token, next));
    },
    [guarded, runCheck, strict, includeHidden],
  );

  const mark = useCallback(
    () =>
      guarded('marking', async (token) => {
        if (!result) {
          setNotice({ intent: 'info', text: STRINGS.nothingToMark });
          return;
        }
        setProgress({ fraction: 0, label: STRINGS.marking });
        const r = await adapter.markFindings(result.findings, { onProgress: setProgress, signal: token });
        setNotice({
          intent: r.skipped.length > 0 ? 'warning' : 'success',
          text: STRINGS.marked(r.marked, r.notes, r.skipped.length),
        });
      }),
    [adapter, guarded, result],
  );

  const clear = useCallback(
    () =>
      guarded('clearing', async () => {
        const r = await adapter.clearMarks();
        setNotice({ intent: 'success', text: STRINGS.cleared(r.restored, r.notesRemoved) });
      }),
    [adapter, guarded],
  );

  const exportReport = useCallback(
    () =>
      guarded('exporting', async () => {
        if (!result) {
          setNotice({ intent: 'info', text: STRINGS.nothingToMark });
          return;
        }
        await adapter.writeReport(result);
        setNotice({ intent: 'success', text: STRINGS.reportWritten });
      }),
    [adapter, guarded, result],
  );

  // Selecting is instant and frequent: no busy state and the last notice stays, so the list stays usable.
  const select = useCallback(
    async (cells: readonly CellRef[]) => {
      try {
        await adapter.selectCells(cells);
        setError(undefined);
      } catch (e) {
        setError(errorMessage(e));
      }
    },
    [adapter],
  );

  return {
    strict,
    setStrict,
    includeHidden,
    setIncludeHidden,
    budget,
    setBudget,
    hiddenSheets,
    busy,
    progress,
    cancellable,
    cancel,
    result,
    error,
    notice,
    dismissError: useCallback(() => setError(undefined), []),
    dismissNotice: useCallback(() => setNotice(undefined), []),
    validate,
    mark,
    clear,
    exportReport,
    select,
  };
}
