/** @jest-environment jsdom */
/**
 * The pane talks only about the workbook's own tables: a 预算's table filter never offers the nine 决算 tables (their
 * long names also widened the native select past a 320 px pane), nor a 决算's the 预算 ones.
 */
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FindingFilters } from '../../src/taskpane/components/FindingFilters';
import { NO_FILTER } from '../../src/taskpane/findingFilter';
import { workbookKinds } from '../../src/taskpane/workbookKinds';
import { BUDGET_TABLE_KINDS, FINAL_TABLE_KINDS, TABLE_KIND_NAMES } from '../../src/engine/tableKinds';

function tableOptions(tables?: Parameters<typeof FindingFilters>[0]['tables'], table = NO_FILTER.table): string[] {
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingFilters filter={{ ...NO_FILTER, table }} onChange={() => undefined} tables={tables} />
    </FluentProvider>,
  );
  const select = screen.getByRole('combobox', { name: '表格' });
  return within(select)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');
}

describe('workbookKinds and the table filter', () => {
  test('a Hebei 预算 lists its template tables, a Shanghai 决算 its nine tables and the 情况说明 it holds', () => {
    expect(workbookKinds({ template: 'hebei', tables: [] })).toEqual(
      BUDGET_TABLE_KINDS.filter((k) => k !== 'narrative'),
    );
    const final = workbookKinds({
      template: 'shanghai-final',
      tables: [{ kind: 'narrative', sheet: '情况说明', range: 'A1:A9', title: '情况说明' }],
    });
    expect(final).toEqual(['narrative', ...FINAL_TABLE_KINDS]);
  });

  test('the filter offers only the given tables, plus the one already chosen', () => {
    const offered = tableOptions(workbookKinds({ template: 'hebei', tables: [] }));
    expect(offered).toContain(TABLE_KIND_NAMES.income);
    expect(offered).not.toContain(TABLE_KIND_NAMES.final_state_capital);
  });

  test('a table chosen before stays offered', () => {
    const offered = tableOptions(['income'], 'final_income');
    expect(offered).toContain(TABLE_KIND_NAMES.final_income);
    expect(offered).not.toContain(TABLE_KIND_NAMES.final_expenditure);
  });
});
