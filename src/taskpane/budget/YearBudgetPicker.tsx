import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useState, type ChangeEvent } from 'react';
import type { YearBudgetFigures } from '../../engine/budgetVsFinal/types';
import { errorMessage } from '../../shared/errorMessage';
import { yearBudgetLoaded, YEAR_BUDGET_TEXT } from './yearBudgetText';

/** Reads a 预算 .xlsx into its figures; the default loads ExcelJS on first use. */
export type ReadYearBudget = (data: ArrayBuffer, fileName: string) => Promise<YearBudgetFigures>;

export const readYearBudgetOnDemand: ReadYearBudget = async (data, fileName) => {
  const { readYearBudgetFile } = await import(/* webpackChunkName: "year-budget" */ './readYearBudgetFile');
  return readYearBudgetFile(data, fileName);
};

export interface YearBudgetPickerProps {
  budget?: YearBudgetFigures;
  onBudget(budget: YearBudgetFigures | undefined): void;
  /** Tests give their own reader. */
  readBudget?: ReadYearBudget;
}

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * '选择同年预算文件': a 决算's same-year 预算, for the budget-vs-final checks and the 年初预算 of the generated text.
 * A wrong file (a 决算, no 预算 tables, not a workbook) is said in Chinese and keeps the figures already read.
 */
export function YearBudgetPicker({ budget, onBudget, readBudget = readYearBudgetOnDemand }: YearBudgetPickerProps) {
  const styles = useStyles();
  const [reading, setReading] = useState<string>();
  const [error, setError] = useState<string>();
  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Picking the same file again must read it again.
    e.target.value = '';
    if (!file) return;
    setReading(file.name);
    setError(undefined);
    try {
      onBudget(await readBudget(await file.arrayBuffer(), file.name));
    } catch (err) {
      // The reader's own refusals are Chinese; anything else (bytes the browser or ExcelJS cannot read) is said as
      // 'cannot read this file', never as an unknown failure.
      const message = errorMessage(err);
      setError(
        /[\u4e00-\u9fff]/.test(message) && !message.startsWith('操作失败')
          ? message
          : YEAR_BUDGET_TEXT.unreadable(file.name),
      );
    } finally {
      setReading(undefined);
    }
  };
  return (
    <section className={styles.picker} aria-label={YEAR_BUDGET_TEXT.title}>
      <Caption1>{YEAR_BUDGET_TEXT.hint}</Caption1>
      <div className={styles.row}>
        <Field label={YEAR_BUDGET_TEXT.pick}>
          {(props) => (
            <input
              {...props}
              type="file"
              accept=".xlsx"
              disabled={reading !== undefined}
              onChange={(e) => void onPick(e)}
            />
          )}
        </Field>
        {budget && (
          <Button disabled={reading !== undefined} onClick={() => onBudget(undefined)}>
            {YEAR_BUDGET_TEXT.clear}
          </Button>
        )}
      </div>
      {reading !== undefined && <Spinner size="tiny" label={YEAR_BUDGET_TEXT.reading(reading)} />}
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {budget && !error && (
        <MessageBar intent="success" layout="multiline" aria-live="polite">
          <MessageBarBody>{yearBudgetLoaded(budget)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
