import * as fs from 'fs';
import * as path from 'path';
import { compareVersions, declaredExcelApi, findApiUses, unguardedUses, type ApiUse } from './apiSets';

const ROOT = path.resolve(__dirname, '../..');
const EXCEL_DIR = path.join(ROOT, 'src/excel');
const files = fs
  .readdirSync(EXCEL_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(EXCEL_DIR, f));

// One type-checked program for every case: building it takes seconds.
const PROBE = path.join(ROOT, 'test/excel/__probe__.ts');
const PROBE_SOURCE = `
export function unguarded(ws: Excel.Worksheet): void {
  ws.getRanges('A1,B2').select();
}
export function guarded(ws: Excel.Worksheet, isSetSupported: (n: string, v: string) => boolean): void {
  const multi = isSetSupported('ExcelApi', '1.18');
  if (multi) ws.getRanges('A1,B2').select();
  const merged = isSetSupported('ExcelApi', '1.10') ? ws.getRange('A1').getMergedAreasOrNullObject() : undefined;
  void merged;
}
`;
let uses: ApiUse[];
beforeAll(() => {
  uses = findApiUses(files, { [PROBE]: PROBE_SOURCE });
});
const ours = (): ApiUse[] => uses.filter((u) => u.file.startsWith('src/'));
const probe = (): ApiUse[] => uses.filter((u) => u.file.endsWith('__probe__.ts'));

test('manifest.xml declares ExcelApi 1.9, the set of getRanges, getCellProperties and getRowProperties', () => {
  expect(declaredExcelApi()).toBe('1.9');
  const needed = ours().filter((u) => u.set === 'ExcelApi' && !u.guardedBy);
  const highest = needed.reduce((v, u) => (compareVersions(u.version, v) > 0 ? u.version : v), '1.1');
  expect(highest).toBe(declaredExcelApi());
});

test('src/excel calls no API above the declared minimum without an isSetSupported guard', () => {
  const bad = unguardedUses(ours(), declaredExcelApi()).map(
    (u) => `${u.file}:${u.line} ${u.api} (${u.set} ${u.version})`,
  );
  expect(bad).toEqual([]);
});

test('the check finds an unguarded call, and accepts one guarded directly or through a variable', () => {
  const bad = unguardedUses(probe(), '1.9');
  expect(bad.map((u) => [u.api, u.version, u.line])).toEqual([
    ['RangeAreas.select', '1.18', 3],
    // Guarded, but by a lower version than it needs.
    ['Range.getMergedAreasOrNullObject', '1.13', 8],
  ]);
});

test('docs/COMPATIBILITY.md lists every Office.js API src/excel uses above ExcelApi 1.1, with its set', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/COMPATIBILITY.md'), 'utf8');
  const rows = new Map<string, string>();
  for (const m of doc.matchAll(/^\|\s*`([\w.]+)`\s*\|\s*(\w+ \d+\.\d+)\s*\|/gm)) rows.set(m[1], m[2]);
  const missing = new Set<string>();
  for (const u of ours()) {
    if (u.set === 'ExcelApi' && u.version === '1.1') continue;
    if (rows.get(u.api) !== `${u.set} ${u.version}`) missing.add(`${u.api} (${u.set} ${u.version})`);
  }
  expect([...missing].sort()).toEqual([]);
});
