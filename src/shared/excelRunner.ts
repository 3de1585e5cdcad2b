import type { ExcelRunner } from '../excel/types';

/** Excel.run narrowed to the one overload the adapter uses. */
export const excelRunner: ExcelRunner = (batch) => Excel.run((context) => batch(context));
