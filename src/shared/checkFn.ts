import type { CheckResult } from '../engine/checkWorkbook';
import type { WorkbookGrid } from '../engine/grid';
import type { CheckOptions } from '../engine/rules/rule';

/** The engine entry point, injected so tests and the preview host can supply their own. */
export type CheckFn = (grid: WorkbookGrid, options: Partial<CheckOptions>) => CheckResult;
