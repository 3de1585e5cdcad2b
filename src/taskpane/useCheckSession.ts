import { useCallback, useRef, useState } from 'react';
import type { CheckResult } from '../engine/checkWorkbook';
import type { CellRef, WorkbookGrid } from '../engine/grid';
import type { CheckOptions } from '../engine/rules/rule';
import type { ReadProgress, WorkbookAdapter } from '../excel/types';
import { errorMessage } from './errorMessage';
import { STRINGS } from './strings';

/** The engine entry point, injected so tests and the preview host can supply their own. */
export type CheckFn = (grid: WorkbookGrid, options: Partial<CheckOptions>) => CheckResult;

export type BusyState = 'reading' | 'checking' | 'marking' | 'clearing' | 'exporting' | 'fixing' | 'undoing';

export interface Notice {
  intent: 'success' | 'info' | 'warning';
  text: string;
}

export interface CheckSession {
  strict: boolean;
  setStrict(strict: boolean): void;
  busy?: BusyState;
  progress?: ReadProgress;
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

/**
 * The pane's state machine: read → check → (mark | clear | export | select). Every adapter call is
 * caught and turned into a Chinese error line, so a failing Office.js call never blanks the pane.
 */
export function useCheckSession(adapter: WorkbookAdapter, check: CheckFn, initialError?: string): CheckSession {
  const [strict, setStrictState] = useState(false);
  const [busy, setBusy] = useState<BusyState>();
  const [progress, setProgress] = useState<ReadProgress>();
  const [result, setResult] = useState<CheckResult>();
  const [error, setError] = useState<string | undefined>(initialError);
  const [notice, setNotice] = useState<Notice>();
  // The last grid read, so switching strict mode re-checks without reading the workbook again.
  const gridRef = useRef<WorkbookGrid>();

  const guarded = useCallback(async (state: BusyState, action: () => Promise<void>) => {
    setBusy(state);
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(undefined);
      setProgress(undefined);
    }
  }, []);

  const runCheck = useCallback(
    async (grid: WorkbookGrid, strictMode: boolean) => {
      setBusy('checking');
      setProgress({ fraction: 1, label: STRINGS.checking });
      await nextFrame();
      const checked = check(grid, { strict: strictMode });
      setResult(checked);
      if (checked.tables.length === 0) setNotice({ intent: 'warning', text: STRINGS.resultNoTables });
    },
    [check],
  );

  const validate = useCallback(
    () =>
      guarded('reading', async () => {
        setProgress({ fraction: 0, label: STRINGS.reading });
        const grid = await adapter.readWorkbook((p) => setProgress(p));
        gridRef.current = grid;
        await runCheck(grid, strict);
      }),
    [adapter, guarded, runCheck, strict],
  );

  const setStrict = useCallback(
    (next: boolean) => {
      setStrictState(next);
      const grid = gridRef.current;
      if (grid) void guarded('checking', () => runCheck(grid, next));
    },
    [guarded, runCheck],
  );

  const mark = useCallback(
    () =>
      guarded('marking', async () => {
        if (!result) {
          setNotice({ intent: 'info', text: STRINGS.nothingToMark });
          return;
        }
        const r = await adapter.markFindings(result.findings);
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
    busy,
    progress,
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
