/** The 生成说明 tab's last-year fields follow the workbook's template: Shanghai asks for the 财政拨款 figures. */
import Decimal from 'decimal.js';
import {
  EMPTY_PREVIOUS_INPUT,
  parsePreviousInput,
  PREVIOUS_FIELDS,
  PREVIOUS_FIELDS_BY_TEMPLATE,
  previousInputOf,
} from '../../src/taskpane/narrative/previousYearInput';

describe('last-year fields per template', () => {
  it('Hebei keeps its eight fields; Shanghai asks for 财政拨款收入/支出 and its parts, then the 三公 items', () => {
    expect(PREVIOUS_FIELDS_BY_TEMPLATE.hebei).toEqual(PREVIOUS_FIELDS);
    expect(PREVIOUS_FIELDS_BY_TEMPLATE.shanghai).toEqual([
      'fiscalIncome',
      'fiscalExpenditure',
      'general',
      'fund',
      'capital',
      'threePublicTotal',
      'outbound',
      'vehiclePurchase',
      'vehicleOps',
      'reception',
    ]);
  });

  it('typed 财政拨款 figures (万元) become last year’s figures, and a file’s figures fill them back', () => {
    const entry = parsePreviousInput(
      { ...EMPTY_PREVIOUS_INPUT, fiscalIncome: '11,491.20', general: '11491.20', fund: '0', capital: 'x' },
      2024,
    );
    expect(entry.errors).toEqual({ capital: expect.any(String) });
    expect(entry.figures?.year).toBe(2024);
    expect(entry.figures?.fiscalIncome?.toFixed(2)).toBe('11491.20');
    expect(entry.figures?.general?.toFixed(2)).toBe('11491.20');
    expect(entry.figures?.fiscalExpenditure).toBeUndefined();
    const fields = previousInputOf({ year: 2024, fiscalIncome: new Decimal('9101.677535') });
    expect(fields.fiscalIncome).toBe('9101.68');
    expect(fields.general).toBeUndefined();
  });
});
