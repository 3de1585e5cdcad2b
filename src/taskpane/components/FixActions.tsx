import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../engine/findings';
import { STRINGS } from '../../shared/strings';
import type { FixSession } from '../useFixes';
import { ErrorNotice } from './ErrorNotice';
import { FixConfirm } from './FixConfirm';
import { StatusNotice } from './StatusNotice';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface FixActionsProps {
  fixes: FixSession;
  /** The findings of the current filter: 全部修正 applies their fixes. */
  visible: readonly Finding[];
  /** Another command runs: the buttons wait. */
  disabled: boolean;
  hasResult: boolean;
}

/** 全部修正 (after a confirmation) and 撤销修正, with what they did. */
export function FixActions({ fixes, visible, disabled, hasResult }: FixActionsProps) {
  const styles = useStyles();
  const busy = disabled || fixes.busy !== undefined;
  const anyFix = visible.some((f) => f.fix !== undefined);
  return (
    <section className={styles.bar} aria-label={STRINGS.fixActions}>
      <div className={styles.row}>
        <Button onClick={() => fixes.requestFixAll(visible)} disabled={busy || !hasResult || !anyFix}>
          {fixes.busy === 'fixing' ? STRINGS.fixing : STRINGS.fixAll}
        </Button>
        <Button onClick={() => void fixes.undo()} disabled={busy}>
          {STRINGS.fixUndo}
        </Button>
      </div>
      {fixes.pending && (
        <FixConfirm fixes={fixes.pending} onConfirm={() => void fixes.confirmFixAll()} onCancel={fixes.cancelFixAll} />
      )}
      {fixes.error && <ErrorNotice message={fixes.error} onDismiss={fixes.dismissError} />}
      {fixes.notice && <StatusNotice notice={fixes.notice} onDismiss={fixes.dismissNotice} />}
    </section>
  );
}
