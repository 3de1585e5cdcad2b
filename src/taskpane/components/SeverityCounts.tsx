import { Badge, type BadgeProps, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingSummary, Severity } from '../../engine/findings';
import { SEVERITY_NAMES } from '../../engine/findings';
import { STRINGS } from '../../shared/strings';

export const SEVERITY_COLOURS: Record<Severity, BadgeProps['color']> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({ counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS } });

export function SeverityCounts({ summary }: { summary: FindingSummary }) {
  const styles = useStyles();
  return (
    <div className={styles.counts} role="group" aria-label={STRINGS.countsTitle}>
      {SEVERITIES.map((s) => (
        <Badge key={s} appearance="filled" color={SEVERITY_COLOURS[s]} data-severity={s}>
          {SEVERITY_NAMES[s]} {summary[s]}
        </Badge>
      ))}
    </div>
  );
}
