import { Button, Caption1, Field, Input, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import type { ChangeEvent } from 'react';
import { STRINGS } from '../../shared/strings';
import { PREVIOUS_FIELDS, type PreviousField, type PreviousInput, type PreviousYearEntry } from './previousYearInput';

const LABELS: Record<PreviousField, string> = {
  total: STRINGS.previousTotal,
  basic: STRINGS.previousBasic,
  project: STRINGS.previousProject,
  threePublicTotal: STRINGS.previousThreePublicTotal,
  outbound: STRINGS.previousOutbound,
  vehiclePurchase: STRINGS.previousVehiclePurchase,
  vehicleOps: STRINGS.previousVehicleOps,
  reception: STRINGS.previousReception,
  // The Shanghai 编制说明's 财政拨款 figures (万元, as every field).
  fiscalIncome: STRINGS.previousFiscalIncome,
  fiscalExpenditure: STRINGS.previousFiscalExpenditure,
  general: STRINGS.previousGeneral,
  fund: STRINGS.previousFund,
  capital: STRINGS.previousCapital,
  // 决算: last year's 决算数 and this year's 年初预算.
  grandTotal: STRINGS.previousGrandTotal,
  fiscalGrandTotal: STRINGS.previousFiscalGrandTotal,
  vehicle: STRINGS.previousVehicle,
  operatingCosts: STRINGS.previousOperatingCosts,
  budgetGeneral: STRINGS.budgetGeneral,
};

/** A 决算 names 一般公共预算 spending in full, as its 情况说明 does. */
const FINAL_LABELS: Partial<Record<PreviousField, string>> = { general: STRINGS.previousGeneralFinal };

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(9em, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface PreviousYearFormProps {
  input: PreviousInput;
  entry: PreviousYearEntry;
  /** A file is being read: its name. */
  reading?: string;
  /** The fields the workbook's template asks for; the Hebei list when absent. */
  fields?: readonly PreviousField[];
  /** A 决算 workbook: the form asks for last year's 决算数 and this year's 年初预算. */
  final?: boolean;
  /** Fields filled from the existing 情况说明's statements: marked 取自原说明. */
  fromStatement?: ReadonlySet<PreviousField>;
  onChange(field: PreviousField, text: string): void;
  onFile(file: File): void;
  onClear(): void;
}

/**
 * Last year's figures: typed (checked as amounts in 万元), read from last year's workbook, or worked out from
 * the existing 情况说明's statements (marked 取自原说明, as the field's description, until edited).
 */
export function PreviousYearForm({
  input,
  entry,
  reading,
  fields = PREVIOUS_FIELDS,
  final = false,
  fromStatement,
  onChange,
  onFile,
  onClear,
}: PreviousYearFormProps) {
  const styles = useStyles();
  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Picking the same file again must read it again.
    e.target.value = '';
    if (file) onFile(file);
  };
  return (
    <section className={styles.form} aria-label={final ? STRINGS.previousFinalTitle : STRINGS.previousTitle}>
      <Subtitle2 as="h2" className={styles.title}>
        {final ? STRINGS.previousFinalTitle : STRINGS.previousTitle}
      </Subtitle2>
      <Caption1>{final ? STRINGS.previousFinalHint : STRINGS.previousHint}</Caption1>
      <div className={styles.fields}>
        {fields.map((field) => {
          const error = entry.errors[field];
          const incomplete = field === 'threePublicTotal' && !error && entry.threePublicIncomplete;
          return (
            <Field
              key={field}
              label={(final && FINAL_LABELS[field]) || LABELS[field]}
              validationState={error ? 'error' : incomplete ? 'warning' : 'none'}
              validationMessage={error ?? (incomplete ? STRINGS.previousThreePublicIncomplete : undefined)}
              hint={fromStatement?.has(field) ? STRINGS.previousFromStatement : undefined}
            >
              <Input
                value={input[field] ?? ''}
                inputMode="decimal"
                data-field={field}
                onChange={(_e, d) => onChange(field, d.value)}
              />
            </Field>
          );
        })}
      </div>
      <div className={styles.row}>
        <Field label={STRINGS.previousFile}>
          {(props) => (
            <input {...props} type="file" accept=".xlsx" disabled={reading !== undefined} onChange={onPick} />
          )}
        </Field>
        <Button onClick={onClear} disabled={reading !== undefined}>
          {STRINGS.previousClear}
        </Button>
      </div>
      {reading !== undefined && <Spinner size="tiny" label={STRINGS.previousFileReading(reading)} />}
    </section>
  );
}
