import type { CancelSignal, WorkProgress } from '../excel/cancel';
import { STRINGS } from '../shared/strings';

/** Query parameter that turns commands.html into the progress dialog of 校验工作簿. */
export const PROGRESS_PARAM = 'progress';

/** Parent → dialog messages; the dialog answers 'ready', 'cancel' or 'close'. */
type ToDialog = { type: 'progress'; text: string } | { type: 'result'; text: string };

export interface ProgressDialog {
  /** Aborted when the user presses 取消 (or closes the dialog) while the command runs. */
  signal: CancelSignal;
  progress(p: WorkProgress): void;
  /** Shows the result in the same dialog; `done` (event.completed) runs then: the command's work is done. */
  finish(text: string, done: () => void): void;
}

/**
 * Opens the ribbon command's dialog when the command starts, so a long check shows what it is doing
 * (读取工作表 n/m, 核对, 标记 n/3) and can be cancelled. Sending to the dialog needs DialogApi 1.2
 * (messageChild); without it there is no progress dialog (undefined) and showResult opens one at the end.
 */
export function openProgressDialog(onUnavailable: () => void): ProgressDialog | undefined {
  if (!Office.context.requirements?.isSetSupported?.('DialogApi', '1.2')) return undefined;
  const signal = { aborted: false };
  let dialog: Office.Dialog | undefined;
  let ready = false;
  let last: ToDialog = { type: 'progress', text: STRINGS.reading };
  let running = true;
  let done: (() => void) | undefined;
  let finished = false;
  const complete = () => {
    if (finished || !done) return;
    finished = true;
    done();
  };
  const send = (m: ToDialog) => {
    last = m;
    if (dialog && ready) dialog.messageChild(JSON.stringify(m));
  };
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  url.searchParams.set(PROGRESS_PARAM, STRINGS.reading);
  Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, (res) => {
    if (res.status !== Office.AsyncResultStatus.Succeeded) {
      onUnavailable();
      return;
    }
    const opened = res.value;
    dialog = opened;
    opened.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
      const message = 'message' in arg ? arg.message : '';
      if (message === 'ready') {
        ready = true;
        send(last);
      } else if (message === 'cancel') signal.aborted = true;
      else if (message === 'close') {
        opened.close();
        complete();
      }
    });
    // Closed by its own ✕: a running command stops as on 取消, and completes when it has.
    opened.addEventHandler(Office.EventType.DialogEventReceived, () => {
      dialog = undefined;
      if (running) signal.aborted = true;
      else complete();
    });
  });
  return {
    signal,
    progress: (p) => send({ type: 'progress', text: p.label }),
    finish(text, onDone) {
      running = false;
      done = onDone;
      if (!dialog) {
        complete();
        return;
      }
      send({ type: 'result', text });
      complete();
    },
  };
}

/** The dialog side: the status line, 取消 while the command runs, then the result and 关闭. */
export function renderProgressPage(initial: string): void {
  document.title = STRINGS.appTitle;
  document.body.style.fontFamily = "'Segoe UI', 'Microsoft YaHei', sans-serif";
  document.body.style.padding = '12px';
  const p = document.createElement('p');
  p.textContent = initial;
  p.setAttribute('role', 'status');
  p.setAttribute('aria-live', 'polite');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = STRINGS.cancelCheck;
  let over = false;
  button.addEventListener('click', () => {
    if (over) Office.context.ui.messageParent('close');
    else {
      button.disabled = true;
      Office.context.ui.messageParent('cancel');
    }
  });
  document.body.append(p, button);
  Office.context.ui.addHandlerAsync(
    Office.EventType.DialogParentMessageReceived,
    (arg) => {
      const raw = 'message' in arg ? arg.message : '';
      let m: ToDialog;
      try {
        m = JSON.parse(raw) as ToDialog;
      } catch {
        return;
      }
      p.textContent = m.text;
      if (m.type === 'result') {
        over = true;
        button.disabled = false;
        button.textContent = STRINGS.close;
        button.focus();
      }
    },
    () => Office.context.ui.messageParent('ready'),
  );
}
