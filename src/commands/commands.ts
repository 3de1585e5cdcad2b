/**
 * The ribbon's function file (commands.html): 校验工作簿 and 清除标记 run without the task pane.
 * The same page, opened with ?result=…, is the small dialog that shows their outcome.
 */
import { checkWorkbook } from '../engine/checkWorkbook';
import { createWorkbookAdapter } from '../excel/createWorkbookAdapter';
import { errorMessage } from '../taskpane/errorMessage';
import { excelRunner } from '../taskpane/excelRunner';
import { clearMarks, validateAndMark } from './commandActions';
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

const resultText = new URLSearchParams(window.location.search).get(RESULT_PARAM);

if (resultText !== null) {
  void Office.onReady(() => renderResultPage(resultText));
} else {
  void Office.onReady();
  Office.actions.associate('validateWorkbook', (event: Office.AddinCommands.Event) =>
    runCommand(event, () => validateAndMark(createWorkbookAdapter(excelRunner), checkWorkbook)),
  );
  Office.actions.associate('clearMarks', (event: Office.AddinCommands.Event) =>
    runCommand(event, () => clearMarks(createWorkbookAdapter(excelRunner))),
  );
}
