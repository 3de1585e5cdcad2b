import { FluentProvider, makeStyles, Spinner, Tab, TabList, tokens, type Theme } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useId, useMemo, useState } from 'react';
import type { WorkbookAdapter } from '../excel/types';
import { CheckPanel } from './components/CheckPanel';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Header } from './components/Header';
import { NO_FILTER, type FindingFilter } from './findingFilter';
import { officeFluentTheme } from './officeTheme';
import { STRINGS } from '../shared/strings';
import type { CheckFn } from '../shared/checkFn';
import { YearBudgetPicker } from './budget/YearBudgetPicker';
import { useCheckSession } from './useCheckSession';
import { useFixes } from './useFixes';

/** The 生成说明 tab and what only it needs (the generator, ExcelJS): its own chunk, fetched when the tab opens. */
const NarrativeTab = lazy(() => import(/* webpackChunkName: "narrative" */ './narrative/NarrativeTab'));

export interface AppProps {
  adapter: WorkbookAdapter;
  check: CheckFn;
  /** Defaults to the Office theme (light outside Office). */
  theme?: Theme;
  /** Shown at start, e.g. when Office.js could not be reached. */
  initialError?: string;
}

type PaneTab = 'check' | 'narrative';

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  // Only on the shown panel: a display rule would override the hidden attribute.
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

function Pane({ adapter, check, initialError }: AppProps) {
  const styles = useStyles();
  const session = useCheckSession(adapter, check, initialError);
  const fixes = useFixes(adapter, session.validate);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [tab, setTab] = useState<PaneTab>('check');
  // Once opened the 生成说明 tab stays mounted (hidden), so typed figures survive a trip to 审核.
  const [narrativeOpened, setNarrativeOpened] = useState(false);
  const id = useId();
  const tabId = (t: PaneTab) => `${id}-tab-${t}`;
  const panelId = (t: PaneTab) => `${id}-panel-${t}`;

  const select = (next: PaneTab) => {
    setTab(next);
    if (next === 'narrative') setNarrativeOpened(true);
  };
  const { validate } = session;
  const revalidate = useCallback(() => {
    setTab('check');
    void validate();
  }, [validate]);

  return (
    <main className={styles.pane}>
      <Header />
      <TabList selectedValue={tab} onTabSelect={(_e, d) => select(d.value as PaneTab)} aria-label={STRINGS.tabsLabel}>
        <Tab id={tabId('check')} value="check" aria-controls={panelId('check')}>
          {STRINGS.tabCheck}
        </Tab>
        <Tab id={tabId('narrative')} value="narrative" aria-controls={panelId('narrative')}>
          {STRINGS.tabNarrative}
        </Tab>
      </TabList>
      <div
        role="tabpanel"
        id={panelId('check')}
        aria-labelledby={tabId('check')}
        hidden={tab !== 'check'}
        className={tab === 'check' ? styles.panel : undefined}
      >
        {/* A 决算 is compared with its same-year 预算 once one is chosen (issue 13 point 4). */}
        {session.result?.document === 'final' && (
          <YearBudgetPicker budget={session.budget} onBudget={session.setBudget} />
        )}
        <CheckPanel session={session} fixes={fixes} filter={filter} onFilterChange={setFilter} />
      </div>
      {narrativeOpened && (
        <div
          role="tabpanel"
          id={panelId('narrative')}
          aria-labelledby={tabId('narrative')}
          hidden={tab !== 'narrative'}
          className={tab === 'narrative' ? styles.panel : undefined}
        >
          {/* A chunk that fails to load (or a render error) stays inside the tab: 审核 keeps working. */}
          <ErrorBoundary>
            <Suspense fallback={<Spinner size="small" label={STRINGS.tabLoading} />}>
              <NarrativeTab
                adapter={adapter}
                result={session.result}
                onRevalidate={revalidate}
                budget={session.budget}
                onBudget={session.setBudget}
              />
            </Suspense>
          </ErrorBoundary>
        </div>
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
