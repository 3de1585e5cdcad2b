/**
 * The ribbon's function file (commands.html): 校验工作簿 and 清除标记 run without the task pane.
 * The same page, opened with ?result=…, is the small dialog that shows their outcome.
 */
import { checkWorkbook } from '../engine/checkWorkbook';
import { createWorkbookAdapter } from '../excel/createWorkbookAdapter';
import { errorMessage } from '../shared/errorMessage';
import { excelRunner } from '../shared/excelRunner';
import { isCancelled } from '../excel/cancel';
import { STRINGS } from '../shared/strings';
import { clearMarks, validateAndMark } from './commandActions';
import { openProgressDialog, PROGRESS_PARAM, renderProgressPage } from './progressDialog';
import { renderResultPage, RESULT_PARAM, showResult } from './resultDialog';

/** Runs a command and always completes its event, with a Chinese line whatever happens. */
async function runCommand(event: Office.AddinCommands.Event, action: () => Promise<string>): Promise<void> {
  let text: string;
  try {
    text = await action();
  } catch (e) {
    text = errorMessage(e);
  }
  showResult(text, () => event.completed());
}

/** 校验工作簿 with its dialog open from the start: progress, 取消, then the result (DialogApi 1.2; else runCommand). */
async function validateWithProgress(event: Office.AddinCommands.Event): Promise<void> {
  const adapter = createWorkbookAdapter(excelRunner);
  let fallback = false;
  const dialog = openProgressDialog(() => (fallback = true));
  if (!dialog) return runCommand(event, () => validateAndMark(adapter, checkWorkbook));
  let text: string;
  try {
    text = await validateAndMark(adapter, checkWorkbook, { onProgress: dialog.progress, signal: dialog.signal });
  } catch (e) {
    text = isCancelled(e) ? STRINGS.markCancelled : errorMessage(e);
  }
  if (fallback) showResult(text, () => event.completed());
  else dialog.finish(text, () => event.completed());
}

const params = new URLSearchParams(window.location.search);
const resultText = params.get(RESULT_PARAM);
const progressText = params.get(PROGRESS_PARAM);

if (resultText !== null) {
  void Office.onReady(() => renderResultPage(resultText));
} else if (progressText !== null) {
  void Office.onReady(() => renderProgressPage(progressText));
} else {
  void Office.onReady();
  Office.actions.associate('validateWorkbook', (event: Office.AddinCommands.Event) => validateWithProgress(event));
  Office.actions.associate('clearMarks', (event: Office.AddinCommands.Event) =>
    runCommand(event, () => clearMarks(createWorkbookAdapter(excelRunner))),
  );
}
