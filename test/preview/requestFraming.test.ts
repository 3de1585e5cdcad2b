import { toA1 } from '../../src/engine/grid';
import { REQUEST_COSTS } from '../../src/excel/requestCosts';
import { createMemoryRunner, MemoryWorkbook } from '../../src/preview/memoryExcel';
import { loadOfficeJsExcel, officeJsRequestBytes } from './officeJsInNode';

const excel = loadOfficeJsExcel();

/** The request bytes the in-memory API counts for the same batch (one sync). */
async function memoryRequestBytes(batch: (context: Excel.RequestContext) => void): Promise<number> {
  const wb = new MemoryWorkbook();
  wb.addSheet('表1');
  const run = createMemoryRunner(wb, { payloadLimitBytes: Number.POSITIVE_INFINITY });
  await run(async (context) => {
    batch(context);
    await context.sync().catch(() => undefined);
  });
  return run.stats.requestBytes;
}

const address = (i: number): string =>
  Array.from({ length: 20 }, (_, k) => `${toA1(i % 1000, k)}:${toA1((i % 1000) + 3, k)}`).join(',');

/** The operations the adapter sends, each n times in one request (ids grow with n, and so does the cost). */
const BATCHES: Record<string, (n: number) => (context: Excel.RequestContext) => void> = {
  'getRanges(…).format.fill.color': (n) => (context) => {
    const ws = context.workbook.worksheets.getItem('表1');
    for (let i = 0; i < n; i++) ws.getRanges(address(i)).format.fill.color = '#FFC7CE';
  },
  'getRanges(…).format.fill.clear()': (n) => (context) => {
    const ws = context.workbook.worksheets.getItem('表1');
    for (let i = 0; i < n; i++) ws.getRanges(address(i)).format.fill.clear();
  },
  'comments.add': (n) => (context) => {
    const ws = context.workbook.worksheets.getItem('表1');
    for (let i = 0; i < n; i++)
      context.workbook.comments.add(ws.getRange(toA1(i, 1)), `【预算审核】[错误] 合计与明细之和不等 ${i}`);
  },
  getCellProperties: (n) => (context) => {
    const ws = context.workbook.worksheets.getItem('表1');
    for (let i = 0; i < n; i++)
      ws.getRange(`B${i + 1}:Z${i + 400}`).getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
  },
  'load values': (n) => (context) => {
    const ws = context.workbook.worksheets.getItem('表1');
    for (let i = 0; i < n; i++) ws.getRangeByIndexes(i, 0, 100, 20).load('values,text,formulas,numberFormat');
  },
  'getLocation().load': (n) => (context) => {
    for (let i = 0; i < n; i++)
      context.workbook.comments
        .getItem(`{${10_000_000 + i}}`)
        .getLocation()
        .load('address');
  },
  'customXmlParts.add': (n) => (context) => {
    for (let i = 0; i < n; i++)
      context.workbook.customXmlParts.add(`<marks xmlns="urn:x">${'B2:B40,'.repeat(50)}</marks>`);
  },
};

const describeWithOfficeJs = excel ? describe : describe.skip;

describeWithOfficeJs('request bytes: the in-memory API against Office.js serializing the same batch', () => {
  it('loads Office.js in Node (else these calibrations are skipped and the constants stand unchecked)', () => {
    expect(excel).toBeDefined();
  });

  // The in-memory API has no comments.getItem: that batch only calibrates the adapter's constant.
  it.each(Object.keys(BATCHES).filter((name) => name !== 'getLocation().load'))(
    '%s: within 0–15%% above Office.js, for 1 and for 3,000 operations',
    async (name) => {
      const ratios: number[] = [];
      for (const n of [1, 3000]) {
        const office = await officeJsRequestBytes(excel!, BATCHES[name](n));
        const memory = await memoryRequestBytes(BATCHES[name](n));
        ratios.push(Math.round((memory / office) * 1000) / 1000);
      }
      if (process.env.SHOW_RATIOS) console.log(name, ratios);
      // Never below (a sync planned on these numbers must fit in Excel), at most 15% above.
      for (const ratio of ratios) {
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(1.15);
      }
    },
  );

  it.each([
    ['fillWrite', 'getRanges(…).format.fill.color', (i: number) => address(i).length + 2],
    ['fillWrite', 'getRanges(…).format.fill.clear()', (i: number) => address(i).length + 2],
    ['noteAdd', 'comments.add', (i: number) => Buffer.byteLength(`"【预算审核】[错误] 合计与明细之和不等 ${i}"`)],
    ['cellPropertiesRead', 'getCellProperties', () => 0],
    ['locationLoad', 'getLocation().load', () => 0],
    [
      'xmlPartAdd',
      'customXmlParts.add',
      () => Buffer.byteLength(`"<marks xmlns="urn:x">${'B2:B40,'.repeat(50)}</marks>"`),
    ],
  ] as const)(
    'the adapter plans %s (%s) at no less than Office.js frames 10,000 of them',
    async (cost, name, argBytes) => {
      const n = 10_000;
      const office = await officeJsRequestBytes(excel!, BATCHES[name](n));
      let planned = 0;
      for (let i = 0; i < n; i++) planned += REQUEST_COSTS[cost] + argBytes(i);
      expect(planned).toBeGreaterThanOrEqual(office);
    },
  );
});
