import { Divider, FluentProvider, makeStyles, Subtitle2, tokens, type Theme } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { WorkbookAdapter } from '../excel/types';
import { ActionBar } from './components/ActionBar';
import { CheckProgress } from './components/CheckProgress';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorNotice } from './components/ErrorNotice';
import { FindingFilters } from './components/FindingFilters';
import { FindingsList } from './components/FindingsList';
import { Header } from './components/Header';
import { SeverityCounts } from './components/SeverityCounts';
import { StatusNotice } from './components/StatusNotice';
import { WorkbookOverview } from './components/WorkbookOverview';
import { applyFilter, NO_FILTER, type FindingFilter } from './findingFilter';
import { officeFluentTheme } from './officeTheme';
import { STRINGS } from './strings';
import { useCheckSession, type CheckFn } from './useCheckSession';

export interface AppProps {
  adapter: WorkbookAdapter;
  check: CheckFn;
  /** Defaults to the Office theme (light outside Office). */
  theme?: Theme;
  /** Shown at start, e.g. when Office.js could not be reached. */
  initialError?: string;
}

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

function Pane({ adapter, check, initialError }: AppProps) {
  const styles = useStyles();
  const session = useCheckSession(adapter, check, initialError);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const { result } = session;
  const visible = useMemo(() => (result ? applyFilter(result.findings, filter) : []), [result, filter]);

  return (
    <main className={styles.pane}>
      <Header />
      <ActionBar
        busy={session.busy}
        strict={session.strict}
        hasResult={result !== undefined}
        onStrictChange={session.setStrict}
        onValidate={() => void session.validate()}
        onMark={() => void session.mark()}
        onClear={() => void session.clear()}
        onExport={() => void session.exportReport()}
      />
      {session.progress && <CheckProgress progress={session.progress} />}
      {session.error && <ErrorNotice message={session.error} onDismiss={session.dismissError} />}
      {session.notice && <StatusNotice notice={session.notice} onDismiss={session.dismissNotice} />}
      {result ? (
        <>
          <Divider />
          <WorkbookOverview result={result} />
          <Divider />
          <section aria-label={STRINGS.findingsTitle}>
            <Subtitle2 as="h2">{STRINGS.findingsTitle}</Subtitle2>
            <SeverityCounts summary={result.summary} />
            <FindingFilters filter={filter} onChange={setFilter} />
            <FindingsList
              findings={visible}
              emptyText={result.findings.length === 0 ? STRINGS.noFindings : STRINGS.noFindingsForFilter}
              onSelect={(f) => void session.select(f.cells)}
            />
          </section>
        </>
      ) : (
        <p>{STRINGS.notChecked}</p>
      )}
    </main>
  );
}

/** The task pane. The adapter and the check are injected: Excel in production, fakes in tests and preview. */
export function App(props: AppProps) {
  const styles = useStyles();
  const theme = useMemo(() => props.theme ?? officeFluentTheme(), [props.theme]);
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <ErrorBoundary>
        <Pane {...props} />
      </ErrorBoundary>
    </FluentProvider>
  );
}
