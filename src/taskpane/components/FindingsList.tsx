import { Button, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { SEVERITY_NAMES, type Finding } from '../../engine/findings';
import { TABLE_KIND_NAMES, type TableKind } from '../../engine/tableKinds';
import { findingKey, foldKey, isRoundingGap, orderFindings, sectionsOf } from '../findingFilter';
import { STRINGS } from '../../shared/strings';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  steps: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
  position: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  section: { marginTop: tokens.spacingVerticalM },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase300 },
  group: { marginTop: tokens.spacingVerticalXS },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  fold: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  },
  foldOpen: { backgroundColor: tokens.colorNeutralBackground1Hover },
});

export interface FindingsListProps {
  findings: readonly Finding[];
  /** Text when the list is empty (no findings at all, or none for the filter). */
  emptyText: string;
  onSelect(finding: Finding): void;
  /** Shown under a finding, outside its select button (the 修正 suggestion). */
  renderExtra?(finding: Finding): ReactNode;
}

const tableTitle = (table: TableKind | undefined) => (table ? TABLE_KIND_NAMES[table] : STRINGS.otherGroup);

/**
 * The findings: errors, then warnings, then 尾差/说明, each by table in the standard order. A table's 尾差 fold
 * into one line that opens on click. 上一个/下一个 (and ↑/↓ on an item) step through them in this order,
 * selecting each one's cells; the current one is remembered by its rule, message and cells, so the list keeps
 * its place after a re-check that finds it again.
 */
export function FindingsList({ findings, emptyText, onSelect, renderExtra }: FindingsListProps) {
  const styles = useStyles();
  const id = useId();
  const ordered = useMemo(() => orderFindings(findings), [findings]);
  const sections = useMemo(() => sectionsOf(ordered), [ordered]);
  // Two identical findings get #2, #3…: each key names one item.
  const keys = useMemo(() => {
    const seen = new Map<string, number>();
    return ordered.map((f) => {
      const k = findingKey(f);
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      return n > 1 ? `${k}#${n}` : k;
    });
  }, [ordered]);
  const keyOf = useMemo(() => new Map(ordered.map((f, i) => [f, keys[i]])), [keys, ordered]);
  const [currentKey, setCurrentKey] = useState<string>();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const items = useRef(new Map<string, HTMLDivElement>());
  // After ↑/↓ the new current item takes the focus; after 上一个/下一个 the focus stays on the button.
  const focusPending = useRef(false);
  const current = currentKey === undefined ? -1 : keys.indexOf(currentKey);

  const openFold = useCallback((f: Finding) => {
    if (!isRoundingGap(f)) return;
    const key = foldKey(f.table);
    setOpen((o) => (o.has(key) ? o : new Set([...o, key])));
  }, []);

  const goTo = useCallback(
    (index: number, focus: boolean) => {
      const f = ordered[index];
      if (!f) return;
      openFold(f);
      setCurrentKey(keys[index]);
      focusPending.current = focus;
      onSelect(f);
    },
    [keys, onSelect, openFold, ordered],
  );

  const step = (direction: 1 | -1, focus: boolean) => {
    if (ordered.length === 0) return;
    const from = current < 0 ? (direction > 0 ? -1 : ordered.length) : current;
    goTo(Math.min(ordered.length - 1, Math.max(0, from + direction)), focus);
  };

  useEffect(() => {
    if (currentKey === undefined) return;
    const el = items.current.get(currentKey);
    if (!el) return;
    el.scrollIntoView?.({ block: 'nearest' });
    if (focusPending.current) el.focus();
    focusPending.current = false;
  }, [currentKey, open]);

  if (findings.length === 0) return <p>{emptyText}</p>;

  // The list's one tab stop: the current finding when shown, else the first one shown.
  const tabStop = current >= 0 ? keys[current] : keys[0];
  const renderItem = (f: Finding) => {
    const key = keyOf.get(f) ?? findingKey(f);
    return (
      <FindingItem
        key={key}
        finding={f}
        current={key === currentKey}
        tabIndex={key === tabStop ? 0 : -1}
        itemRef={(el) => {
          if (el) items.current.set(key, el);
          else items.current.delete(key);
        }}
        onSelect={() => goTo(keys.indexOf(key), false)}
        onArrow={(_f, direction) => {
          const at = keys.indexOf(key);
          const to = at + direction;
          if (to >= 0 && to < ordered.length) goTo(to, true);
        }}
        extra={renderExtra?.(f)}
      />
    );
  };

  return (
    <div data-findings-list="">
      <div className={styles.steps} role="group" aria-label={STRINGS.stepLabel}>
        <Button size="small" onClick={() => step(-1, false)} disabled={current === 0} title={STRINGS.stepHint}>
          {STRINGS.stepPrevious}
        </Button>
        <Button
          size="small"
          onClick={() => step(1, false)}
          disabled={current === ordered.length - 1}
          title={STRINGS.stepHint}
        >
          {STRINGS.stepNext}
        </Button>
        <span className={styles.position} aria-live="polite" data-step-position="">
          {STRINGS.stepPosition(current + 1, ordered.length)}
        </span>
      </div>
      {sections.map((section) => {
        const severityName = SEVERITY_NAMES[section.severity];
        const count = section.groups.reduce((n, g) => n + g.findings.length, 0);
        const headingId = `${id}-${section.severity}`;
        return (
          <section
            key={section.severity}
            className={styles.section}
            aria-labelledby={headingId}
            data-section={section.severity}
          >
            <Subtitle2 as="h3" id={headingId} className={styles.sectionTitle}>
              {STRINGS.severitySection(severityName, count)}
            </Subtitle2>
            {section.groups.map((group) => {
              const title = tableTitle(group.table);
              const shown = group.findings.filter((f) => !isRoundingGap(f));
              const folded = group.findings.filter(isRoundingGap);
              const fold = foldKey(group.table);
              const isOpen = open.has(fold);
              const foldId = `${id}-fold-${fold}`;
              return (
                <div
                  key={fold}
                  className={styles.group}
                  role="group"
                  aria-label={STRINGS.tableGroup(severityName, title)}
                  data-table={group.table ?? 'none'}
                >
                  <h4 className={styles.groupTitle}>
                    {title}（{group.findings.length}）
                  </h4>
                  {shown.length > 0 && <ul className={styles.list}>{shown.map(renderItem)}</ul>}
                  {folded.length > 0 && (
                    <>
                      <Button
                        appearance="subtle"
                        size="small"
                        className={mergeClasses(styles.fold, isOpen && styles.foldOpen)}
                        aria-expanded={isOpen}
                        aria-controls={foldId}
                        title={STRINGS.roundingFoldHint(isOpen)}
                        data-fold={fold}
                        onClick={() =>
                          setOpen((o) => {
                            const next = new Set(o);
                            if (isOpen) next.delete(fold);
                            else next.add(fold);
                            return next;
                          })
                        }
                      >
                        <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                        {STRINGS.roundingFold(folded.length)}
                      </Button>
                      {/* Rendered while folded (hidden), so a search of the pane still finds the text. */}
                      <ul id={foldId} className={styles.list} hidden={!isOpen}>
                        {folded.map(renderItem)}
                      </ul>
                    </>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
