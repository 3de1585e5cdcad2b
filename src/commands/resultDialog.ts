import { STRINGS } from '../shared/strings';

/** Query parameter that turns commands.html into the small result dialog. */
export const RESULT_PARAM = 'result';

/**
 * Shows a one-line result from a UI-less command in a small dialog (commands.html?result=…).
 * `done` runs once, as soon as the dialog is open or could not be opened: the command's event.completed(),
 * called when its work is done rather than when the user closes the dialog (a command left uncompleted
 * blocks the next one and is ended by Office after a time-out).
 */
export function showResult(text: string, done: () => void): void {
  let finished = false;
  const finish = () => {
    if (!finished) {
      finished = true;
      done();
    }
  };
  try {
    const url = new URL(window.location.href);
    url.search = '';
    url.hash = '';
    url.searchParams.set(RESULT_PARAM, text);
    Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) {
        finish();
        return;
      }
      const dialog = res.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      finish();
    });
  } catch {
    finish();
  }
}

/** The dialog side: the text and a 关闭 button that asks the command to close it. */
export function renderResultPage(text: string): void {
  document.title = STRINGS.appTitle;
  document.body.style.fontFamily = "'Segoe UI', 'Microsoft YaHei', sans-serif";
  document.body.style.padding = '12px';
  const p = document.createElement('p');
  p.textContent = text;
  p.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = STRINGS.close;
  button.addEventListener('click', () => Office.context.ui.messageParent('close'));
  document.body.append(p, button);
  button.focus();
}
