import { Caption1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { STRINGS } from '../../shared/strings';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function Header() {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1">{STRINGS.appTitle}</Subtitle1>
      <Caption1>{STRINGS.appSubtitle}</Caption1>
    </header>
  );
}
