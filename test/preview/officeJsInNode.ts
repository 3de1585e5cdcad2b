import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

const DIST = path.resolve(__dirname, '../../node_modules/@microsoft/office-js/dist/excel-web-16.00.js');

type ExcelNamespace = typeof Excel;

/**
 * Microsoft's Excel Office.js client (the Excel on the web build of @microsoft/office-js) loaded in a
 * bare VM context: no Office host, but its request serializer runs. Undefined when it cannot load.
 */
export function loadOfficeJsExcel(): ExcelNamespace | undefined {
  if (!fs.existsSync(DIST)) return undefined;
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout };
  Object.assign(sandbox, {
    window: sandbox,
    self: sandbox,
    navigator: { userAgent: 'node' },
    location: { href: 'https://localhost/', search: '', hash: '' },
    addEventListener: () => undefined,
    document: {
      getElementsByTagName: () => [],
      createElement: () => ({ setAttribute: () => undefined, style: {} }),
      addEventListener: () => undefined,
      readyState: 'complete',
      cookie: '',
    },
  });
  vm.createContext(sandbox);
  try {
    vm.runInContext(fs.readFileSync(DIST, 'utf8'), sandbox, { filename: DIST });
  } catch {
    return undefined;
  }
  return sandbox.Excel as ExcelNamespace | undefined;
}

/** The UTF-8 bytes of the request body Office.js sends for what `batch` queues (one sync). */
export async function officeJsRequestBytes(
  excel: ExcelNamespace,
  batch: (context: Excel.RequestContext) => void,
): Promise<number> {
  const context = new excel.RequestContext();
  let body: unknown;
  (context as unknown as { _requestExecutor: unknown })._requestExecutor = {
    executeAsync: (_custom: unknown, _flags: unknown, message: { Body: unknown }) => {
      body = message.Body;
      return Promise.resolve({ ErrorCode: null, ErrorMessage: null, Headers: null, Body: { Results: [] } });
    },
  };
  batch(context);
  // No host answers: the sync rejects, after the request was framed.
  await context.sync().catch(() => undefined);
  return Buffer.byteLength(JSON.stringify(body), 'utf8');
}
