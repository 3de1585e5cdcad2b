import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { FAMILY_NAMES, SEVERITY_NAMES, type RuleFamily, type Severity } from '../../engine/findings';
import { TABLE_KIND_NAMES, type TableKind } from '../../engine/tableKinds';
import type { FindingFilter } from '../findingFilter';
import { STRINGS } from '../../shared/strings';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  field: { minWidth: '8em', flexGrow: 1 },
  // A native select is as wide as its longest option; in a 320 px pane it must shrink instead.
  select: { minWidth: 0, maxWidth: '100%' },
});

export interface FindingFiltersProps {
  filter: FindingFilter;
  onChange(filter: FindingFilter): void;
  /** The tables to offer (the workbook's, workbookKinds); every kind when absent. */
  tables?: readonly TableKind[];
}

/** Severity, table and family filters; native selects, so the keyboard works as everywhere else. */
export function FindingFilters({ filter, onChange, tables }: FindingFiltersProps) {
  const styles = useStyles();
  // The chosen table stays offered, so a filter set before a re-check never points at a missing option.
  const offered = Object.entries(TABLE_KIND_NAMES).filter(
    ([id]) => !tables || tables.includes(id as TableKind) || id === filter.table,
  );
  return (
    <div className={styles.filters} role="group" aria-label="筛选">
      <Field label={STRINGS.filterSeverity} className={styles.field}>
        <Select
          className={styles.select}
          value={filter.severity}
          onChange={(_e, d) => onChange({ ...filter, severity: d.value as Severity | 'all' })}
        >
          <option value="all">{STRINGS.filterAll}</option>
          {Object.entries(SEVERITY_NAMES).map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={STRINGS.filterTable} className={styles.field}>
        <Select
          className={styles.select}
          value={filter.table}
          onChange={(_e, d) => onChange({ ...filter, table: d.value as TableKind | 'none' | 'all' })}
        >
          <option value="all">{STRINGS.filterAll}</option>
          {offered.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
          <option value="none">{STRINGS.otherGroup}</option>
        </Select>
      </Field>
      <Field label={STRINGS.filterFamily} className={styles.field}>
        <Select
          className={styles.select}
          value={filter.family}
          onChange={(_e, d) => onChange({ ...filter, family: d.value as RuleFamily | 'all' })}
        >
          <option value="all">{STRINGS.filterAll}</option>
          {Object.entries(FAMILY_NAMES).map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
