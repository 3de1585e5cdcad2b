import type Decimal from 'decimal.js';
import { formatWan, parseAmountText } from '../../engine/amount';
import type { YearBudgetFigures } from '../../engine/budgetVsFinal/types';
import type { PreviousYearFigures, StatedPreviousYear } from '../../engine/narrative';
import type { TemplateId } from '../../engine/templates';
import { STRINGS } from '../../shared/strings';

/** The last-year amounts the user can type for a Hebei workbook, in the order the form shows them. */
export const PREVIOUS_FIELDS = [
  'total',
  'basic',
  'project',
  'threePublicTotal',
  'outbound',
  'vehiclePurchase',
  'vehicleOps',
  'reception',
] as const;

/** The 财政拨款 figures whose changes the Shanghai 编制说明 states. */
const FISCAL_FIELDS = ['fiscalIncome', 'fiscalExpenditure', 'general', 'fund', 'capital'] as const;

/**
 * What the 决算 text compares (JUESUAN.md §5): last year's 收入支出总计, 财政拨款收入支出总计, 三公 公务用车 as one
 * item and 机关运行经费, and this year's 年初预算 of 一般公共预算财政拨款支出 (合计 only; per 项 from the 预算 file).
 */
const FINAL_FIELDS = ['grandTotal', 'fiscalGrandTotal', 'vehicle', 'operatingCosts', 'budgetGeneral'] as const;

export type PreviousField =
  (typeof PREVIOUS_FIELDS)[number] | (typeof FISCAL_FIELDS)[number] | (typeof FINAL_FIELDS)[number];

/** The fields of a 决算 workbook, in the order its 情况说明 states them. */
const FINAL_FORM: readonly PreviousField[] = [
  'grandTotal',
  'fiscalGrandTotal',
  'general',
  'threePublicTotal',
  'outbound',
  'vehicle',
  'reception',
  'operatingCosts',
  'budgetGeneral',
];

/** The fields each template's narrative states a change for. */
export const PREVIOUS_FIELDS_BY_TEMPLATE: Record<TemplateId, readonly PreviousField[]> = {
  hebei: PREVIOUS_FIELDS,
  shanghai: [...FISCAL_FIELDS, 'threePublicTotal', 'outbound', 'vehiclePurchase', 'vehicleOps', 'reception'],
  'shanghai-final': FINAL_FORM,
  'national-final': FINAL_FORM,
};

/** Every field of every template. */
export const ALL_FIELDS: readonly PreviousField[] = [...PREVIOUS_FIELDS, ...FISCAL_FIELDS, ...FINAL_FIELDS];

/** What is in the fields, as typed; the 财政拨款 fields only once a Shanghai figure was typed or read. */
export type PreviousInput = Record<(typeof PREVIOUS_FIELDS)[number], string> &
  Partial<Record<(typeof FISCAL_FIELDS)[number] | (typeof FINAL_FIELDS)[number], string>>;

export const EMPTY_PREVIOUS_INPUT: PreviousInput = {
  total: '',
  basic: '',
  project: '',
  threePublicTotal: '',
  outbound: '',
  vehiclePurchase: '',
  vehicleOps: '',
  reception: '',
};

const THREE_PUBLIC_FIELDS: readonly PreviousField[] = [
  'threePublicTotal',
  'outbound',
  'vehiclePurchase',
  'vehicleOps',
  'reception',
];

export interface PreviousYearEntry {
  /** Undefined when nothing usable was typed. */
  figures?: PreviousYearFigures;
  /** A Chinese message per field whose text is not an amount in 万元. */
  errors: Partial<Record<PreviousField, string>>;
  /** Some 三公 fields are filled but not all: the 三公 change cannot be stated. */
  threePublicIncomplete: boolean;
  /** 决算: the typed 年初预算 (合计 of 一般公共预算财政拨款支出). */
  budget?: YearBudgetFigures;
}

/** One typed amount: blank is “not given”, anything else must be a non-negative amount in 万元. */
export function parseAmountInput(text: string): { value?: Decimal; error?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  // parseAmountText drops a trailing 元 as well as 万元: a figure in 元 would be read 10 000 times too large.
  if (/元$/.test(trimmed) && !/万元$/.test(trimmed)) return { error: STRINGS.amountInYuan };
  const parsed = parseAmountText(trimmed);
  if (!parsed) return { error: STRINGS.amountInvalid };
  if (parsed.value.isNegative()) return { error: STRINGS.amountNegative };
  return { value: parsed.value };
}

/**
 * The typed fields → last year's figures for generateNarrative. A field with a bad amount is left out
 * (and gets its message); 三公 counts only when its total and all four items are there, except for a 决算
 * (`final`), whose text compares each 三公 决算数 on its own.
 */
export function parsePreviousInput(input: PreviousInput, year?: number, final = false): PreviousYearEntry {
  const errors: PreviousYearEntry['errors'] = {};
  const values: Partial<Record<PreviousField, Decimal>> = {};
  for (const field of ALL_FIELDS) {
    const { value, error } = parseAmountInput(input[field] ?? '');
    if (error) errors[field] = error;
    if (value) values[field] = value;
  }
  const given = THREE_PUBLIC_FIELDS.filter((f) => (input[f] ?? '').trim() !== '');
  const { threePublicTotal, outbound, vehiclePurchase, vehicleOps, reception } = values;
  const threePublic =
    threePublicTotal && outbound && vehiclePurchase && vehicleOps && reception
      ? {
          total: threePublicTotal,
          outbound,
          vehicle: vehiclePurchase.plus(vehicleOps),
          vehiclePurchase,
          vehicleOps,
          reception,
        }
      : undefined;
  // A 决算 states 公务用车 as one item: with it typed, the 购置/运行 split is not asked for.
  const threePublicIncomplete = !values.vehicle && given.length > 0 && given.length < THREE_PUBLIC_FIELDS.length;
  const figures: PreviousYearFigures = {
    year,
    total: values.total,
    basic: values.basic,
    project: values.project,
    threePublic,
  };
  for (const field of FISCAL_FIELDS) if (values[field]) figures[field] = values[field];
  for (const field of ['grandTotal', 'fiscalGrandTotal', 'operatingCosts'] as const)
    if (values[field]) figures[field] = values[field];
  // A 决算 compares its 三公 决算数 item by item, any of them known or not.
  const vehicle = values.vehicle ?? (vehiclePurchase && vehicleOps ? vehiclePurchase.plus(vehicleOps) : undefined);
  if (final && (threePublicTotal || outbound || vehicle || reception))
    figures.threePublicActual = { total: threePublicTotal, outbound, vehicle, reception };
  const any =
    figures.total ||
    figures.basic ||
    figures.project ||
    figures.threePublic ||
    figures.threePublicActual ||
    [...FISCAL_FIELDS, ...FINAL_FIELDS].some((f) => f !== 'budgetGeneral' && values[f]);
  const budget: YearBudgetFigures | undefined = values.budgetGeneral
    ? { source: STRINGS.budgetTyped, general: { total: { value: values.budgetGeneral }, byCode: new Map() } }
    : undefined;
  return { figures: any ? figures : undefined, errors, threePublicIncomplete, budget };
}

/** Last year's figures read from a file → the fields, two decimals as the tables print them. */
export function previousInputOf(figures: PreviousYearFigures): PreviousInput {
  const text = (d: Decimal | undefined) => (d ? formatWan(d) : '');
  const t = figures.threePublic;
  const fiscal: Partial<Record<(typeof FISCAL_FIELDS)[number], string>> = {};
  for (const field of FISCAL_FIELDS) if (figures[field]) fiscal[field] = text(figures[field]);
  const final: Partial<Record<(typeof FINAL_FIELDS)[number], string>> = {};
  for (const field of ['grandTotal', 'fiscalGrandTotal', 'operatingCosts'] as const)
    if (figures[field]) final[field] = text(figures[field]);
  const actual = figures.threePublicActual;
  if (actual?.vehicle && !t) final.vehicle = text(actual.vehicle);
  return {
    total: text(figures.total),
    basic: text(figures.basic),
    project: text(figures.project),
    threePublicTotal: text(t?.total ?? actual?.total),
    outbound: text(t?.outbound ?? actual?.outbound),
    vehiclePurchase: text(t?.vehiclePurchase),
    vehicleOps: text(t?.vehicleOps),
    reception: text(t?.reception ?? actual?.reception),
    ...fiscal,
    ...final,
  };
}

/**
 * The fields the existing 情况说明's own statements fill ('较2023年预算减少130.4万元' → 上年预算总额 514.74):
 * those not in `touched` (typed, cleared or read from a file) and still blank. Each as the field's text.
 */
export function statedInput(
  stated: StatedPreviousYear | undefined,
  input: PreviousInput,
  touched: ReadonlySet<PreviousField>,
): Partial<Record<PreviousField, string>> {
  const filled: Partial<Record<PreviousField, string>> = {};
  if (!stated) return filled;
  for (const field of ALL_FIELDS) {
    const amount = stated.amounts[field];
    if (amount && !touched.has(field) && (input[field] ?? '').trim() === '') filled[field] = formatWan(amount.value);
  }
  return filled;
}
