import { fromA1, toA1 } from '../engine/grid';

/** "Sheet1!D6" or "'My sheet'!D6" → sheet name and local address. */
export function splitQualifiedAddress(address: string): { sheet: string; local: string } {
  const bang = address.lastIndexOf('!');
  let sheet = bang < 0 ? '' : address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).replace(/\$/g, '') };
}

/** The first cell of a local address: 'D6:E7' → 'D6'. */
export function firstCell(local: string): string {
  return local.split(':')[0].replace(/\$/g, '').toUpperCase();
}

/**
 * Cells as few rectangles: runs of consecutive rows in one column become 'D6:D9'. Fewer areas mean
 * shorter address strings and fewer getRanges calls.
 */
export function columnRuns(addresses: readonly string[]): string[] {
  const cells = [...new Set(addresses.map((a) => a.toUpperCase()))]
    .map((a) => fromA1(a))
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: string[] = [];
  let i = 0;
  while (i < cells.length) {
    let j = i;
    while (j + 1 < cells.length && cells[j + 1].col === cells[i].col && cells[j + 1].row === cells[j].row + 1) j++;
    const start = toA1(cells[i].row, cells[i].col);
    runs.push(j === i ? start : `${start}:${toA1(cells[j].row, cells[j].col)}`);
    i = j + 1;
  }
  return runs;
}

/** Comma-joined address strings, each at most maxLength characters (one address always fits alone). */
export function joinAddresses(addresses: readonly string[], maxLength: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > maxLength) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}
