import type { PreviewDocument } from '../loadWorkbookFile';
import { SheetGrid } from './SheetGrid';
import { SheetTabs } from './SheetTabs';

export interface WorkbookViewProps {
  document: PreviewDocument;
  version: number;
  onActivate(sheetId: string): void;
}

/** The rendered workbook: the active sheet's grid above the sheet tabs, as in Excel. */
export function WorkbookView({ document, version, onActivate }: WorkbookViewProps) {
  const { workbook } = document;
  const sheet = (workbook.activeSheetId && workbook.sheetById(workbook.activeSheetId)) || workbook.sheets[0];
  return (
    <section className="workbook" aria-label="工作簿">
      <div className="grid-scroll">
        {sheet ? (
          <SheetGrid
            workbook={workbook}
            sheet={sheet}
            columnWidths={document.columnWidths.get(sheet.name)}
            version={version}
          />
        ) : (
          <p>工作簿没有工作表。</p>
        )}
      </div>
      <SheetTabs workbook={workbook} onActivate={onActivate} />
    </section>
  );
}
