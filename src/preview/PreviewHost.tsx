import { useCallback, useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { checkWorkbook } from '../engine/checkWorkbook';
import { createWorkbookAdapter } from '../excel/createWorkbookAdapter';
import { App } from '../taskpane/App';
import { WorkbookView } from './components/WorkbookView';
import { loadWorkbookFile, type PreviewDocument } from './loadWorkbookFile';
import type { MemoryWorkbookSnapshot } from './memoryExcel';
import { createObservedRunner } from './observedRunner';

declare global {
  interface Window {
    /** The open workbook as plain JSON (cells with values, formulas, number formats, fills): read by the browser test. */
    previewWorkbook?: () => MemoryWorkbookSnapshot | undefined;
  }
}

/** The sample copied next to the page by the build (webpack.config.js). */
export const SAMPLE_URL = 'assets/samples/sample-2024.xlsx';

type LoadState = { status: 'loading'; name: string } | { status: 'ready' } | { status: 'failed'; message: string };

async function fetchSample(): Promise<PreviewDocument> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`无法读取示例工作簿（HTTP ${response.status}）`);
  return loadWorkbookFile(await response.arrayBuffer(), 'sample-2024.xlsx');
}

/**
 * The preview host: the real task pane (App + createWorkbookAdapter) beside a rendered workbook, over
 * the in-memory Excel API instead of Office.js. Nothing leaves the browser.
 */
export function PreviewHost() {
  const [document, setDocument] = useState<PreviewDocument>();
  const [load, setLoad] = useState<LoadState>({ status: 'loading', name: 'sample-2024.xlsx' });
  const [version, setVersion] = useState(0);
  // Counts opened files: the pane is keyed on it, so each file starts with a fresh pane.
  const [opened, setOpened] = useState(0);
  const redraw = useCallback(() => setVersion((v) => v + 1), []);

  const open = useCallback(async (name: string, read: () => Promise<PreviewDocument>) => {
    setLoad({ status: 'loading', name });
    try {
      setDocument(await read());
      setOpened((n) => n + 1);
      setLoad({ status: 'ready' });
    } catch (e) {
      setLoad({ status: 'failed', message: `无法打开 ${name}：${e instanceof Error ? e.message : String(e)}` });
    }
  }, []);

  useEffect(() => {
    void open('sample-2024.xlsx', fetchSample);
  }, [open]);

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) void open(file.name, async () => loadWorkbookFile(await file.arrayBuffer(), file.name));
  };

  // 保存并重新打开: what a saved file keeps (the memory workbook's snapshot, sheet ids renumbered as on
  // desktop), opened again with a fresh pane, as closing and reopening the file in Excel does.
  const saveAndReopen = () => {
    if (!document) return;
    setDocument({ ...document, workbook: document.workbook.reopen() });
    setOpened((n) => n + 1);
  };

  useEffect(() => {
    window.previewWorkbook = () => document?.workbook.toJSON();
    return () => {
      delete window.previewWorkbook;
    };
  }, [document]);

  // A new adapter (and a fresh pane, by key) for every opened file: the pane's result belongs to one workbook.
  const adapter = useMemo(
    () => (document ? createWorkbookAdapter(createObservedRunner(document.workbook, redraw)) : undefined),
    [document, redraw],
  );

  const activate = (sheetId: string) => {
    if (!document) return;
    document.workbook.activeSheetId = sheetId;
    redraw();
  };

  return (
    <div className="host">
      <header className="host-bar">
        <strong>预算公开审核 · 预览</strong>
        <label>
          打开工作簿：
          <input type="file" accept=".xlsx" aria-label="打开工作簿" onChange={onPick} />
        </label>
        <button type="button" onClick={saveAndReopen} disabled={load.status !== 'ready'}>
          保存并重新打开
        </button>
        <span className="file-name" data-status={load.status} data-opened={opened}>
          {load.status === 'loading' && `正在打开 ${load.name}…`}
          {load.status === 'ready' && document?.fileName}
          {load.status === 'failed' && <span role="alert">{load.message}</span>}
        </span>
      </header>
      <div className="host-body">
        {document && adapter ? (
          <>
            <WorkbookView document={document} version={version} onActivate={activate} />
            <aside className="task-pane" aria-label="任务窗格">
              <App key={opened} adapter={adapter} check={checkWorkbook} />
            </aside>
          </>
        ) : (
          <p className="host-empty">{load.status === 'failed' ? load.message : '正在加载…'}</p>
        )}
      </div>
    </div>
  );
}
