import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorMessage } from '../../shared/errorMessage';
import { STRINGS } from '../../shared/strings';

interface State {
  error?: unknown;
}

const useStyles = makeStyles({
  fallback: {
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
});

/** Plain markup on purpose: the fallback must not depend on the components that may have failed. */
function CrashNotice({ error, onReset }: { error: unknown; onReset(): void }) {
  const styles = useStyles();
  return (
    <div role="alert" className={styles.fallback}>
      <strong>{STRINGS.crashTitle}</strong>
      <p>
        {STRINGS.crashBody} {errorMessage(error)}
      </p>
      <Button onClick={onReset}>{STRINGS.reload}</Button>
    </div>
  );
}

/** A render error shows a Chinese message and a way back, never a blank pane. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('预算公开审核: 面板渲染错误', error, info.componentStack);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return <CrashNotice error={this.state.error} onReset={() => this.setState({ error: undefined })} />;
  }
}
