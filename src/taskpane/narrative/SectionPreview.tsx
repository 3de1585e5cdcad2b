import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { NarrativeSection } from '../../engine/narrative';
import { STRINGS } from '../../shared/strings';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300 },
  text: { margin: 0, lineHeight: tokens.lineHeightBase400 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground2 },
});

/** One generated section: its heading, the paragraph as it will be inserted, and what the author should check. */
export function SectionPreview({ section, index }: { section: NarrativeSection; index: number }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId} data-section={section.id}>
      <Subtitle2 as="h3" id={headingId} className={styles.title}>
        {section.headings ? section.headings.join(' ') : `${index + 1}、${section.title}`}
      </Subtitle2>
      {(section.paragraphs ?? [section.text]).map((paragraph, i) => (
        // Paragraphs are fixed for one generation; their position is their identity.
        <Body1 key={i} as="p" className={styles.text}>
          {paragraph}
        </Body1>
      ))}
      {section.notes.length > 0 && (
        <div>
          <Caption1>{STRINGS.narrativeNotes}：</Caption1>
          <ul className={styles.notes} aria-label={`${section.title} ${STRINGS.narrativeNotes}`}>
            {section.notes.map((note) => (
              <li key={note}>
                <Caption1>{note}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
