import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { KeyboardEvent, ReactNode } from 'react';
import { SEVERITY_NAMES, type Finding } from '../../engine/findings';
import { difference } from '../difference';
import { STRINGS } from '../../shared/strings';
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
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset ${tokens.strokeWidthThick} 0 0 ${tokens.colorBrandStroke1}`,
  },
  // Badge and text side by side at 500 px; at 320 px a long message wraps beside the badge, never under it.
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', minWidth: 0 },
  badge: { flexShrink: 0, marginTop: '2px' },
  message: { minWidth: 0, overflowWrap: 'anywhere' },
  figures: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  cells: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

export interface FindingItemProps {
  finding: Finding;
  onSelect(finding: Finding): void;
  /** Below the select button, e.g. the 修正 suggestion (a button may not sit inside a button). */
  extra?: ReactNode;
  /** The finding 上一个/下一个 last moved to: highlighted, and the list's one tab stop. */
  current?: boolean;
  /** 0 for the list's tab stop, -1 for the others (↑/↓ move between them); 0 when not given. */
  tabIndex?: number;
  /** ↑/↓ from the list; Enter and Space are handled here. */
  onArrow?(finding: Finding, direction: 1 | -1): void;
  itemRef?(el: HTMLDivElement | null): void;
}

/** One finding: a click, Enter or Space selects its cells in the workbook. */
export function FindingItem({ finding, onSelect, extra, current, tabIndex, onArrow, itemRef }: FindingItemProps) {
  const styles = useStyles();
  const diff = difference(finding.expected, finding.actual);
  const first = finding.cells[0];
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(finding);
    } else if (onArrow && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      onArrow(finding, e.key === 'ArrowDown' ? 1 : -1);
    }
  };
  return (
    <li>
      <div
        role="button"
        ref={itemRef}
        tabIndex={tabIndex ?? 0}
        title={STRINGS.findingHint}
        aria-current={current ? 'true' : undefined}
        data-current={current ? 'true' : undefined}
        className={mergeClasses(styles.item, current && styles.current)}
        data-rule={finding.ruleId}
        data-family={finding.family}
        data-severity-level={finding.severity}
        data-cells={finding.cells.map((c) => `${c.sheet}!${c.address}`).join(' ')}
        onClick={() => onSelect(finding)}
        onKeyDown={onKeyDown}
      >
        <span className={styles.head}>
          <Badge size="small" appearance="tint" color={SEVERITY_COLOURS[finding.severity]} className={styles.badge}>
            {SEVERITY_NAMES[finding.severity]}
          </Badge>
          <span className={styles.message}>{finding.message}</span>
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
