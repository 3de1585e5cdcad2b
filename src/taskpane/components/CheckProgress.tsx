import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { ReadProgress } from '../../excel/types';
import { STRINGS } from '../../shared/strings';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

export interface CheckProgressProps {
  progress: ReadProgress;
  /** Shown as 取消 while the read, check or marking can still stop. */
  onCancel?(): void;
}

/** What the running call is doing (读取工作表 n/m, 核对, 标记 n/m), with the adapter's Chinese status line. */
export function CheckProgress({ progress, onCancel }: CheckProgressProps) {
  const styles = useStyles();
  return (
    <div className={styles.row} data-progress="">
      <Field label={progress.label} aria-live="polite" className={styles.field}>
        <ProgressBar value={Math.min(1, Math.max(0, progress.fraction))} max={1} />
      </Field>
      {onCancel && (
        <Button size="small" onClick={onCancel}>
          {STRINGS.cancelCheck}
        </Button>
      )}
    </div>
  );
}
