import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { KeyboardEvent, ReactNode } from 'react';
import { SEVERITY_NAMES, type Finding } from '../../engine/findings';
import { difference } from '../difference';
import { STRINGS } from '../strings';
import { SEVERITY_COLOURS } from './SeverityCounts';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  figures: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  cells: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface FindingItemProps {
  finding: Finding;
  onSelect(finding: Finding): void;
  /** Below the select button, e.g. the 修正 suggestion (a button may not sit inside a button). */
  extra?: ReactNode;
}

/** One finding: a click, Enter or Space selects its cells in the workbook. */
export function FindingItem({ finding, onSelect, extra }: FindingItemProps) {
  const styles = useStyles();
  const diff = difference(finding.expected, finding.actual);
  const first = finding.cells[0];
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(finding);
    }
  };
  return (
    <li>
      <div
        role="button"
        tabIndex={0}
        title={STRINGS.findingHint}
        className={styles.item}
        data-rule={finding.ruleId}
        data-family={finding.family}
        data-severity-level={finding.severity}
        data-cells={finding.cells.map((c) => `${c.sheet}!${c.address}`).join(' ')}
        onClick={() => onSelect(finding)}
        onKeyDown={onKeyDown}
      >
        <span className={styles.head}>
          <Badge size="small" appearance="tint" color={SEVERITY_COLOURS[finding.severity]}>
            {SEVERITY_NAMES[finding.severity]}
          </Badge>
          <span>{finding.message}</span>
        </span>
        {(finding.expected !== undefined || finding.actual !== undefined) && (
          <span className={styles.figures}>
            {finding.expected !== undefined && `${STRINGS.expected} ${finding.expected}　`}
            {finding.actual !== undefined && `${STRINGS.actual} ${finding.actual}　`}
            {diff !== undefined && `${STRINGS.difference} ${diff}`}
          </span>
        )}
        {first && (
          <span className={styles.cells}>
            {first.sheet}!{first.address}
            {finding.cells.length > 1 && ` ${STRINGS.moreCells(finding.cells.length)}`}
          </span>
        )}
      </div>
      {extra}
    </li>
  );
}
