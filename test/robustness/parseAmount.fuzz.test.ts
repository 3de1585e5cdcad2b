/**
 * Issue 6.2a: parseAmount never throws, whatever a cell holds, and a figure written as text in any of the forms
 * published tables use reads back as the same decimal.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { parseAmount, parseAmountText } from '../../src/engine/amount';
import type { GridCell } from '../../src/engine/grid';

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.stringMatching(/^[\s(（]*[-+]?[\d０-９,，.．]{0,12}[)）]?\s*(万元|万|元)?$/),
);

const anyValue: fc.Arbitrary<GridCell['value']> = fc.oneof(
  anyText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, 5e-324),
);

const anyCell: fc.Arbitrary<GridCell | undefined> = fc.option(
  fc.record(
    {
      value: anyValue,
      text: anyText,
      formula: anyText,
      error: fc.oneof(anyText, fc.constantFrom('#REF!', '#VALUE!', '#DIV/0!', '#N/A')),
      numberFormat: anyText,
    },
    { requiredKeys: ['value'] },
  ),
  { nil: undefined },
);

describe('parseAmount on anything', () => {
  it('never throws and always gives a finite decimal of a known kind', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const a = parseAmount(cell);
        expect(['blank', 'number', 'error', 'invalid']).toContain(a.kind);
        expect(Decimal.isDecimal(a.value) && a.value.isFinite()).toBe(true);
        expect(typeof a.raw).toBe('string');
        expect(Number.isInteger(a.decimals) && a.decimals >= 0).toBe(true);
        if (a.kind !== 'number') expect(a.value.isZero()).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseAmountText never throws on any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseAmountText(text);
        if (r) expect(r.value.isFinite()).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a finite number reads as its 15-significant-digit value', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const a = parseAmount({ value: n });
        expect(a.kind).toBe('number');
        expect(a.value.equals(new Decimal(n.toPrecision(15)))).toBe(true);
      }),
    );
  });
});

/** A decimal figure and the ways a table may write it as text. */
const figure = fc
  .record({
    negative: fc.boolean(),
    int: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    frac: fc.stringMatching(/^\d{0,4}$/),
  })
  .map(({ negative, int, frac }) => ({ negative, int: int.toString(), frac }));

type Form = 'plain' | 'grouped' | 'fullWidth' | 'spaces' | 'wan' | 'accounting';

function write(f: { negative: boolean; int: string; frac: string }, form: Form): string {
  const frac = f.frac === '' ? '' : `.${f.frac}`;
  const int = form === 'grouped' ? f.int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : f.int;
  const body = `${int}${frac}`;
  switch (form) {
    case 'accounting':
      return f.negative ? `(${body})` : body;
    case 'fullWidth':
      return (
        (f.negative ? '-' : '') + body.replace(/[0-9.,-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
      );
    case 'spaces':
      return ` ${f.negative ? '-' : ''}${body}\u3000 `;
    case 'wan':
      return `${f.negative ? '-' : ''}${body}万元`;
    default:
      return `${f.negative ? '-' : ''}${body}`;
  }
}

describe('number-looking text round-trips', () => {
  it('reads back the same value and decimals in every written form', () => {
    fc.assert(
      fc.property(
        figure,
        fc.constantFrom<Form>('plain', 'grouped', 'fullWidth', 'spaces', 'wan', 'accounting'),
        (f, form) => {
          const text = write(f, form);
          const expected = new Decimal(`${f.int}${f.frac === '' ? '' : `.${f.frac}`}`).times(f.negative ? -1 : 1);
          const a = parseAmount({ value: text });
          expect({ text, kind: a.kind, value: a.value.toString(), decimals: a.decimals }).toEqual({
            text,
            kind: 'number',
            value: expected.toString(),
            decimals: f.frac.length,
          });
          expect(a.storedAsText).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
