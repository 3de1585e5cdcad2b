import type { MemoryWorkbook } from '../memoryExcel';

export interface SheetTabsProps {
  workbook: MemoryWorkbook;
  onActivate(sheetId: string): void;
}

/** Excel's sheet tabs: visible sheets only, the active one highlighted. */
export function SheetTabs({ workbook, onActivate }: SheetTabsProps) {
  const active = workbook.activeSheetId ?? workbook.sheets[0]?.id;
  return (
    <div className="sheet-tabs" role="tablist" aria-label="工作表">
      {workbook.sheets
        .filter((s) => s.visibility === 'visible')
        .map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            className="sheet-tab"
            aria-selected={s.id === active}
            data-sheet={s.name}
            onClick={() => onActivate(s.id)}
          >
            {s.name}
          </button>
        ))}
    </div>
  );
}
