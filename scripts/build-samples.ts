/**
 * `npm run samples`: regenerate the committed sample workbooks from scripts/samples (never edit the
 * .xlsx by hand). sample-2024.xlsx is seed 000 as published in the standard layout;
 * sample-2024-stacked.xlsx is the same data stacked, offset, with amounts stored as text.
 */
import fs from 'fs';
import path from 'path';
import { layoutWorkbook } from './samples/layoutWorkbook';
import { combineVariants, STANDARD } from './samples/layoutVariant';
import { SEED_000 } from './samples/seed000';
import { writeXlsx } from './samples/writeXlsx';

async function main(): Promise<void> {
  const dir = path.join(__dirname, '..', 'assets', 'samples');
  fs.mkdirSync(dir, { recursive: true });
  const outputs = [
    { file: 'sample-2024.xlsx', variant: STANDARD },
    { file: 'sample-2024-stacked.xlsx', variant: combineVariants('stacked', 'offset', 'textAmounts') },
  ];
  for (const { file, variant } of outputs) {
    const target = path.join(dir, file);
    await writeXlsx(layoutWorkbook(SEED_000, variant), target);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
