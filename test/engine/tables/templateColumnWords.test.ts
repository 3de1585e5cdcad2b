import { readCodedTable } from '../../../src/engine/tables/readCodedTable';
import { readTableMeta } from '../../../src/engine/tables/readTableMeta';
import { SheetView } from '../../../src/engine/tables/sheetView';
import { findTableTitles } from '../../../src/engine/tables/findTableTitles';
import { tableExtents } from '../../../src/engine/tables/tableExtent';
import { SHANGHAI } from '../../../src/engine/templates/shanghai';
import type { BudgetTemplate } from '../../../src/engine/templates/types';
import { sheetFromBlocks } from '../../helpers/gridFromRows';

/** An income table whose 事业收入 column is headed in a word the common vocabulary does not know. */
function incomeSheet(): SheetView {
  return new SheetView(
    sheetFromBlocks('收入', [
      {
        rows: [
          ['2026年部门收入预算总表'],
          ['编制部门：某局', '', '', '单位：元'],
          ['科目编码', '科目名称', '合计', '财政拨款收入', '事业单位收入'],
          ['201', '一般公共服务支出', 300, 100, 200],
          ['合计', '', 300, 100, 200],
        ],
      },
    ]),
  );
}

function read(template: BudgetTemplate) {
  const view = incomeSheet();
  const [extent] = tableExtents(view, findTableTitles(view));
  return readCodedTable('income', view, extent, readTableMeta(view, extent.title.row, extent.range.bottom), template);
}

describe('a template’s own column words (BudgetTemplate.columnWords)', () => {
  test('the common vocabulary does not take 事业单位收入 for 事业收入', () => {
    expect(read(SHANGHAI)?.columns).toEqual(['total', 'fiscal']);
  });

  test('a template that names it reads the column, as a third province would', () => {
    const third: BudgetTemplate = { ...SHANGHAI, columnWords: { income: { business: /^事业单位收入$/ } } };
    const table = read(third);
    expect(table?.columns).toEqual(['total', 'fiscal', 'business']);
    expect(table?.rows[0].values.business?.value.toNumber()).toBe(200);
    expect(table?.rows[0].values.business?.cell.address).toBe('E4');
  });
});
