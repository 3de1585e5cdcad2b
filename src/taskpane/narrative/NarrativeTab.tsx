import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { YearBudgetFigures } from '../../engine/budgetVsFinal/types';
import type { CheckResult } from '../../engine/checkWorkbook';
import type { WorkbookAdapter } from '../../excel/types';
import { templateById } from '../../engine/templates';
import { YearBudgetPicker } from '../budget/YearBudgetPicker';
import { ErrorNotice } from '../components/ErrorNotice';
import { STRINGS } from '../../shared/strings';
import { blockText } from './existingBlock';
import { PreviousYearForm } from './PreviousYearForm';
import { PREVIOUS_FIELDS_BY_TEMPLATE } from './previousYearInput';
import { ReplaceConfirm } from './ReplaceConfirm';
import { SectionPreview } from './SectionPreview';
import { readPreviousYearOnDemand, useNarrativeSession, type ReadPreviousYear } from './useNarrativeSession';

export interface NarrativeTabProps {
  adapter: WorkbookAdapter;
  /** The last 校验; without one the tab reads the workbook itself. */
  result?: CheckResult;
  /** Go back to 审核 and check the workbook again. */
  onRevalidate(): void;
  /** Reads last year's workbook; tests give their own. */
  readPreviousYear?: ReadPreviousYear;
  /** A 决算's same-year 预算 (选择同年预算文件), shared with 审核; absent where no picker is offered. */
  budget?: YearBudgetFigures;
  onBudget?(budget: YearBudgetFigures | undefined): void;
}

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0 },
});

/**
 * 生成说明: the 情况说明 sections written from the checked tables, last year's figures for the changes,
 * and the commands to insert the block into the workbook or copy its text. Loaded only when the tab opens.
 */
export default function NarrativeTab({
  adapter,
  result,
  onRevalidate,
  readPreviousYear = readPreviousYearOnDemand,
  budget,
  onBudget,
}: NarrativeTabProps) {
  const styles = useStyles();
  const s = useNarrativeSession(adapter, result, readPreviousYear, budget);
  const busy = s.busy !== undefined;
  const canWrite = !busy && s.workbook !== undefined;

  return (
    <div className={styles.tab}>
      <Caption1>{STRINGS.narrativeIntro}</Caption1>
      {s.busy === 'reading' && <Spinner size="tiny" label={STRINGS.narrativeReading} />}
      {s.busy === 'comparing' && <Spinner size="tiny" label={STRINGS.replaceComparing} />}
      {s.error && <ErrorNotice message={s.error} onDismiss={s.dismissError} />}
      {s.error && !s.workbook && !busy && (
        <Button onClick={() => void s.readAgain()}>{STRINGS.narrativeRetryRead}</Button>
      )}
      {s.pendingReplace && (
        <ReplaceConfirm
          where={blockText(s.pendingReplace.where)}
          change={s.pendingReplace.change}
          onConfirm={() => void s.confirmReplace()}
          onCancel={s.cancelReplace}
        />
      )}
      {s.notice && (
        <MessageBar intent={s.notice.intent} layout="multiline" aria-live="polite">
          <MessageBarBody>{s.notice.text}</MessageBarBody>
          <MessageBarActions>
            {s.notice.revalidate && (
              <Button size="small" appearance="primary" onClick={onRevalidate}>
                {STRINGS.revalidate}
              </Button>
            )}
            <Button size="small" onClick={s.dismissNotice}>
              {STRINGS.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {s.copyFallback !== undefined && (
        <Field label={STRINGS.copyFallbackLabel}>
          <Textarea readOnly resize="vertical" rows={6} value={s.copyFallback} onFocus={(e) => e.target.select()} />
        </Field>
      )}
      <section className={styles.actions} aria-label={STRINGS.narrativeActions}>
        <Button appearance="primary" disabled={!canWrite} onClick={() => void s.insert(false)}>
          {s.busy === 'inserting' ? STRINGS.inserting : STRINGS.insertToSheet}
        </Button>
        <Button disabled={!canWrite} onClick={() => void s.insert(true)}>
          {STRINGS.insertAtSelection}
        </Button>
        <Button disabled={s.sections.length === 0} onClick={() => void s.copy()}>
          {STRINGS.copyText}
        </Button>
      </section>
      {onBudget && templateById(s.workbook?.template).document === 'final' && (
        <YearBudgetPicker budget={budget} onBudget={onBudget} />
      )}
      <PreviousYearForm
        input={s.input}
        entry={s.entry}
        fromStatement={s.fromStatement}
        reading={typeof s.busy === 'object' ? s.busy.file : undefined}
        fields={PREVIOUS_FIELDS_BY_TEMPLATE[templateById(s.workbook?.template).id]}
        final={templateById(s.workbook?.template).document === 'final'}
        onChange={s.setField}
        onFile={(file) => void s.loadPreviousFile(file)}
        onClear={s.clearPrevious}
      />
      {s.sections.length > 0 && (
        <section className={styles.sections} aria-label={STRINGS.narrativeSectionsTitle}>
          <Subtitle2 as="h2" className={styles.title}>
            {STRINGS.narrativeSectionsTitle}
          </Subtitle2>
          {s.sections.map((section, i) => (
            <SectionPreview key={section.id} section={section} index={i} />
          ))}
        </section>
      )}
    </div>
  );
}
