import { createRoot } from 'react-dom/client';
import { checkWorkbook } from '../engine/checkWorkbook';
import { createWorkbookAdapter } from '../excel/createWorkbookAdapter';
import { App } from './App';
import { excelRunner } from '../shared/excelRunner';
import { STRINGS } from '../shared/strings';
import { unavailableAdapter } from './unavailableAdapter';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root');
const root = createRoot(container);

function renderUnavailable() {
  root.render(
    <App
      adapter={unavailableAdapter(STRINGS.officeUnavailable)}
      check={checkWorkbook}
      initialError={STRINGS.officeUnavailable}
    />,
  );
}

if (typeof Office === 'undefined') {
  // office.js did not load (offline, or blocked): still show the pane, with the reason.
  renderUnavailable();
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      renderUnavailable();
      return;
    }
    root.render(<App adapter={createWorkbookAdapter(excelRunner)} check={checkWorkbook} />);
  });
}
