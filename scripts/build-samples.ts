/**
 * `npm run samples`: regenerate the committed sample workbooks from scripts/samples (never edit the
 * .xlsx by hand). sample-2024.xlsx is seed 000 as published in the standard layout;
 * sample-2024-stacked.xlsx is the same data stacked, offset, with amounts stored as text;
 * sample-shanghai-2025.xlsx is the real Shanghai document sh-putuo-zfb-2025 in the Shanghai template's layout;
 * sample-final-2024.xlsx is the real 部门决算 sh-putuo-czj-2024 as published (its inconsistencies kept) in the Shanghai layout.
 */
import fs from 'fs';
import path from 'path';
import { layoutFinal } from './samples/final/layoutFinal';
import { SEED_CZJ_2024 } from './samples/final/seedCzj2024';
import { layoutWorkbook, type SampleWorkbook } from './samples/layoutWorkbook';
import { combineVariants, STANDARD } from './samples/layoutVariant';
import { SEED_000 } from './samples/seed000';
import { layoutShanghai } from './samples/shanghai/layoutShanghai';
import { SEED_ZFB_2025 } from './samples/shanghai/seedZfb2025';
import { writeXlsx } from './samples/writeXlsx';

async function main(): Promise<void> {
  const dir = path.join(__dirname, '..', 'assets', 'samples');
  fs.mkdirSync(dir, { recursive: true });
  const outputs: Array<{ file: string; sample: SampleWorkbook }> = [
    { file: 'sample-2024.xlsx', sample: layoutWorkbook(SEED_000, STANDARD) },
    {
      file: 'sample-2024-stacked.xlsx',
      sample: layoutWorkbook(SEED_000, combineVariants('stacked', 'offset', 'textAmounts')),
    },
    { file: 'sample-shanghai-2025.xlsx', sample: layoutShanghai(SEED_ZFB_2025) },
    { file: 'sample-final-2024.xlsx', sample: layoutFinal(SEED_CZJ_2024) },
  ];
  for (const { file, sample } of outputs) {
    const target = path.join(dir, file);
    await writeXlsx(sample, target);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
