import { Button, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { STRINGS } from '../../shared/strings';
import type { BusyState } from '../useCheckSession';

export interface ActionBarProps {
  busy?: BusyState;
  strict: boolean;
  hasResult: boolean;
  onStrictChange(strict: boolean): void;
  onValidate(): void;
  onMark(): void;
  onClear(): void;
  onExport(): void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The pane's commands. Buttons are disabled while a call runs, never removed. */
export function ActionBar(props: ActionBarProps) {
  const styles = useStyles();
  const busy = props.busy !== undefined;
  const validating = props.busy === 'reading' || props.busy === 'checking';
  return (
    <section className={styles.bar} aria-label="操作">
      <Button appearance="primary" onClick={props.onValidate} disabled={busy}>
        {validating ? STRINGS.validating : STRINGS.validate}
      </Button>
      <Switch
        checked={props.strict}
        disabled={busy}
        label={STRINGS.strictMode}
        onChange={(_e, data) => props.onStrictChange(data.checked)}
      />
      <div className={styles.row}>
        <Button onClick={props.onMark} disabled={busy || !props.hasResult}>
          {STRINGS.markCells}
        </Button>
        <Button onClick={props.onClear} disabled={busy}>
          {STRINGS.clearMarks}
        </Button>
        <Button onClick={props.onExport} disabled={busy || !props.hasResult}>
          {STRINGS.exportReport}
        </Button>
      </div>
    </section>
  );
}
