import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Finding } from '../../engine/findings';
import { TABLE_KIND_NAMES } from '../../engine/tableKinds';
import { groupByTable } from '../findingFilter';
import { STRINGS } from '../strings';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  group: { marginTop: tokens.spacingVerticalS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

export interface FindingsListProps {
  findings: readonly Finding[];
  /** Text when the list is empty (no findings at all, or none for the filter). */
  emptyText: string;
  onSelect(finding: Finding): void;
  /** Shown under a finding, outside its select button (the 修正 suggestion). */
  renderExtra?(finding: Finding): ReactNode;
}

/** The findings grouped under their table, in the standard table order. */
export function FindingsList({ findings, emptyText, onSelect, renderExtra }: FindingsListProps) {
  const styles = useStyles();
  if (findings.length === 0) return <p>{emptyText}</p>;
  return (
    <div>
      {groupByTable(findings).map((group) => {
        const title = group.table ? TABLE_KIND_NAMES[group.table] : STRINGS.otherGroup;
        return (
          <section key={group.table ?? 'none'} className={styles.group} aria-label={title}>
            <Subtitle2 as="h3" className={styles.groupTitle}>
              {title}（{group.findings.length}）
            </Subtitle2>
            <ul className={styles.list}>
              {group.findings.map((f, i) => (
                <FindingItem key={`${f.ruleId}-${i}`} finding={f} onSelect={onSelect} extra={renderExtra?.(f)} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
