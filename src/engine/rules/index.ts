import { rules as assetsProcurement } from './assetsProcurement';
import { rules as columns } from './columns';
import { rules as crossTable } from './crossTable';
import { rules as economic } from './economic';
import { rules as hierarchy } from './hierarchy';
import { rules as hygiene } from './hygiene';
import { rules as narrative } from './narrative';
import { rules as projects } from './projects';
import type { Rule } from './rule';
import { rules as summary } from './summary';

/** Every rule, family by family (BRIEF §3 order). Each family's index lists its own rules. */
export const ALL_RULES: readonly Rule[] = [
  ...hierarchy,
  ...columns,
  ...summary,
  ...crossTable,
  ...economic,
  ...projects,
  ...assetsProcurement,
  ...narrative,
  ...hygiene,
];
