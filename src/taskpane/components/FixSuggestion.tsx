import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingFix } from '../../engine/findings';
import { STRINGS } from '../../shared/strings';

const useStyles = makeStyles({
  fix: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
  },
  newText: { flexBasis: '100%', color: tokens.colorNeutralForeground3 },
  refused: { flexBasis: '100%', color: tokens.colorPaletteRedForeground1 },
});

export interface FixSuggestionProps {
  fix: FindingFix;
  disabled?: boolean;
  /** Why the last 修正 of this cell was refused (a formula cell …): the suggestion stays, with the reason. */
  refusal?: string;
  onFix(fix: FindingFix): void;
}

/** '建议：将 表3!F10 改为 37.17' and its 修正 button, under a finding (outside its select button). */
export function FixSuggestion({ fix, disabled, refusal, onFix }: FixSuggestionProps) {
  const styles = useStyles();
  const where = `${fix.cell.sheet}!${fix.cell.address}`;
  return (
    <div className={styles.fix} data-fix-cell={where} role="group" aria-label={STRINGS.fixSuggestion(where, fix.value)}>
      <span>{STRINGS.fixSuggestion(where, fix.value)}</span>
      <Button size="small" appearance="primary" disabled={disabled} onClick={() => onFix(fix)}>
        {STRINGS.fixOne}
      </Button>
      {fix.text !== undefined && (
        <span className={styles.newText}>
          {STRINGS.fixNewText}
          {fix.text}
        </span>
      )}
      {refusal && (
        <span className={styles.refused} role="note">
          {refusal}
        </span>
      )}
    </div>
  );
}
