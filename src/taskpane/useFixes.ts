import { useCallback, useState } from 'react';
import type { Finding, FindingFix } from '../engine/findings';
import type { CellRef } from '../engine/grid';
import type { WorkbookAdapter } from '../excel/types';
import { errorMessage } from '../shared/errorMessage';
import { STRINGS } from '../shared/strings';
import type { Notice } from './useCheckSession';

export type FixBusy = 'fixing' | 'undoing';

export interface FixSession {
  busy?: FixBusy;
  notice?: Notice;
  error?: string;
  /** Why the last 修正 of a cell was refused (a formula cell…), by cellKey: shown under its suggestion. */
  refusals: ReadonlyMap<string, string>;
  /** The fixes 全部修正 is asking to confirm. */
  pending?: readonly FindingFix[];
  /** 修正 of one finding: the click is for exactly this change, so no confirmation. */
  fixOne(fix: FindingFix): Promise<void>;
  /** 全部修正: asks for confirmation of the fixes of these findings (the current filter). */
  requestFixAll(findings: readonly Finding[]): void;
  confirmFixAll(): Promise<void>;
  cancelFixAll(): void;
  undo(): Promise<void>;
  dismissNotice(): void;
  dismissError(): void;
}

export const cellKey = (cell: CellRef): string => `${cell.sheet}!${cell.address.toUpperCase()}`;
const where = (cell: CellRef): string => `${cell.sheet}!${cell.address}`;

/** The fixes of the findings, one per cell (the first finding's), in list order. */
export function fixesOf(findings: readonly Finding[]): FindingFix[] {
  const seen = new Set<string>();
  const out: FindingFix[] = [];
  for (const f of findings) {
    if (!f.fix || seen.has(cellKey(f.fix.cell))) continue;
    seen.add(cellKey(f.fix.cell));
    out.push(f.fix);
  }
  return out;
}

/**
 * 修正, 全部修正 and 撤销修正. Nothing is written but on the user's click (全部修正 after a confirmation
 * listing every change); each write is followed by a re-check (`recheck`, the session's validate), and a
 * refused fix keeps its suggestion with the reason beside it. Failures become a Chinese error line.
 */
export function useFixes(adapter: WorkbookAdapter, recheck: () => Promise<void>): FixSession {
  const [busy, setBusy] = useState<FixBusy>();
  const [notice, setNotice] = useState<Notice>();
  const [error, setError] = useState<string>();
  const [refusals, setRefusals] = useState<ReadonlyMap<string, string>>(new Map());
  const [pending, setPending] = useState<readonly FindingFix[]>();

  const guarded = useCallback(async (state: FixBusy, action: () => Promise<void>) => {
    setBusy(state);
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(undefined);
    }
  }, []);

  const apply = useCallback(
    (fixes: readonly FindingFix[]) =>
      guarded('fixing', async () => {
        const result = await adapter.applyFixes(fixes);
        setRefusals((before) => {
          const next = new Map(before);
          for (const fix of fixes) next.delete(cellKey(fix.cell));
          for (const r of result.refused) next.set(cellKey(r.fix.cell), r.reason);
          return next;
        });
        if (result.applied.length > 0) await recheck();
        const parts: string[] = [];
        if (result.applied.length > 0) parts.push(STRINGS.fixApplied(result.applied.length));
        if (result.refused.length > 0)
          parts.push(STRINGS.fixRefused(result.refused.length, result.refused.map((r) => r.reason).join(' ')));
        setNotice({
          intent: result.refused.length > 0 ? 'warning' : 'success',
          text: parts.join(' '),
        });
      }),
    [adapter, guarded, recheck],
  );

  const fixOne = useCallback((fix: FindingFix) => apply([fix]), [apply]);

  const requestFixAll = useCallback((findings: readonly Finding[]) => {
    const fixes = fixesOf(findings);
    if (fixes.length === 0) {
      setNotice({ intent: 'info', text: STRINGS.fixNone });
      return;
    }
    setPending(fixes);
  }, []);

  const confirmFixAll = useCallback(async () => {
    const fixes = pending;
    setPending(undefined);
    if (fixes) await apply(fixes);
  }, [apply, pending]);

  const undo = useCallback(
    () =>
      guarded('undoing', async () => {
        const result = await adapter.undoFixes();
        setRefusals(new Map());
        if (result.restored.length > 0) await recheck();
        const parts: string[] = [];
        if (result.restored.length > 0) parts.push(STRINGS.fixUndone(result.restored.length));
        if (result.changed.length > 0)
          parts.push(STRINGS.fixUndoChanged(result.changed.length, result.changed.map(where).join('、')));
        if (result.kept > 0) parts.push(STRINGS.fixUndoKept(result.kept));
        if (parts.length === 0) parts.push(STRINGS.fixNothingToUndo);
        setNotice({
          intent:
            result.changed.length > 0 || result.kept > 0 ? 'warning' : result.restored.length ? 'success' : 'info',
          text: parts.join(' '),
        });
      }),
    [adapter, guarded, recheck],
  );

  return {
    busy,
    notice,
    error,
    refusals,
    pending,
    fixOne,
    requestFixAll,
    confirmFixAll,
    cancelFixAll: useCallback(() => setPending(undefined), []),
    undo,
    dismissNotice: useCallback(() => setNotice(undefined), []),
    dismissError: useCallback(() => setError(undefined), []),
  };
}
