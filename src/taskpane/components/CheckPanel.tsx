import { Divider, Subtitle2, Switch } from '@fluentui/react-components';
import { useMemo } from 'react';
import { applyFilter, type FindingFilter } from '../findingFilter';
import { STRINGS } from '../../shared/strings';
import type { CheckSession } from '../useCheckSession';
import { cellKey, type FixSession } from '../useFixes';
import { ActionBar } from './ActionBar';
import { CheckProgress } from './CheckProgress';
import { ErrorNotice } from './ErrorNotice';
import { FindingFilters } from './FindingFilters';
import { FindingsList } from './FindingsList';
import { FixActions } from './FixActions';
import { FixSuggestion } from './FixSuggestion';
import { SeverityCounts } from './SeverityCounts';
import { StatusNotice } from './StatusNotice';
import { WorkbookOverview } from './WorkbookOverview';
import { workbookKinds } from '../workbookKinds';

export interface CheckPanelProps {
  session: CheckSession;
  /** 修正 / 全部修正 / 撤销修正 (useFixes); without it the pane shows no fix. */
  fixes?: FixSession;
  filter: FindingFilter;
  onFilterChange(filter: FindingFilter): void;
}

/** The 审核 tab: the commands, what the last check found, and the filters over it. */
export function CheckPanel({ session, fixes, filter, onFilterChange }: CheckPanelProps) {
  const { result } = session;
  const visible = useMemo(() => (result ? applyFilter(result.findings, filter) : []), [result, filter]);
  return (
    <>
      <ActionBar
        busy={session.busy ?? fixes?.busy}
        strict={session.strict}
        hasResult={result !== undefined}
        onStrictChange={session.setStrict}
        onValidate={() => void session.validate()}
        onMark={() => void session.mark()}
        onClear={() => void session.clear()}
        onExport={() => void session.exportReport()}
      />
      {fixes && (
        <FixActions fixes={fixes} visible={visible} disabled={session.busy !== undefined} hasResult={!!result} />
      )}
      <Switch
        checked={session.includeHidden}
        disabled={session.busy !== undefined}
        label={STRINGS.includeHidden}
        onChange={(_e, data) => session.setIncludeHidden(data.checked)}
      />
      {session.progress && (
        <CheckProgress progress={session.progress} onCancel={session.cancellable ? session.cancel : undefined} />
      )}
      {session.error && <ErrorNotice message={session.error} onDismiss={session.dismissError} />}
      {session.notice && <StatusNotice notice={session.notice} onDismiss={session.dismissNotice} />}
      {result ? (
        <>
          <Divider />
          <WorkbookOverview result={result} hiddenSheets={session.hiddenSheets} hiddenChecked={session.includeHidden} />
          <Divider />
          <section aria-label={STRINGS.findingsTitle}>
            <Subtitle2 as="h2">{STRINGS.findingsTitle}</Subtitle2>
            <SeverityCounts summary={result.summary} />
            <FindingFilters filter={filter} onChange={onFilterChange} tables={workbookKinds(result)} />
            <FindingsList
              findings={visible}
              emptyText={result.findings.length === 0 ? STRINGS.noFindings : STRINGS.noFindingsForFilter}
              onSelect={(f) => void session.select(f.cells)}
              renderExtra={(f) =>
                fixes &&
                f.fix && (
                  <FixSuggestion
                    fix={f.fix}
                    disabled={session.busy !== undefined || fixes.busy !== undefined}
                    refusal={fixes.refusals.get(cellKey(f.fix.cell))}
                    onFix={(fix) => void fixes.fixOne(fix)}
                  />
                )
              }
            />
          </section>
        </>
      ) : (
        <p>{STRINGS.notChecked}</p>
      )}
    </>
  );
}
