import { Badge, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../engine/checkWorkbook';
import { TABLE_KIND_NAMES } from '../../engine/tableKinds';
import { DOCUMENT_NAMES } from '../../engine/templates';
import { STRINGS } from '../../shared/strings';
import { workbookKinds } from '../workbookKinds';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingRight: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
  },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  sheet: { whiteSpace: 'nowrap' },
  hidden: { marginLeft: tokens.spacingHorizontalXXS },
  metaItem: { marginRight: tokens.spacingHorizontalL },
});

export interface WorkbookOverviewProps {
  result: CheckResult;
  /** The workbook's hidden sheets: their tables wear a 隐藏 badge. */
  hiddenSheets?: readonly string[];
  /** False when the hidden sheets were left out of the check: they are listed as not checked. */
  hiddenChecked?: boolean;
}

/** Template, unit, year and where each of the template's tables was found (or 缺失), hidden sheets marked. */
export function WorkbookOverview({ result, hiddenSheets = [], hiddenChecked = true }: WorkbookOverviewProps) {
  const styles = useStyles();
  const hidden = new Set(hiddenSheets);
  const kinds = workbookKinds(result);
  return (
    <section aria-label={STRINGS.overviewTitle}>
      <Subtitle2 as="h2">{STRINGS.overviewTitle}</Subtitle2>
      <p className={styles.meta}>
        <span className={styles.metaItem} data-document={result.document}>
          {STRINGS.document}：{DOCUMENT_NAMES[result.document]}
        </span>
        <span className={styles.metaItem} data-template={result.template}>
          {STRINGS.template}：{result.templateName}
        </span>
        <span className={styles.metaItem}>
          {STRINGS.unit}：{result.unit ?? STRINGS.unknown}
        </span>
        <span>
          {result.document === 'final' ? STRINGS.finalYear : STRINGS.year}：{result.year ?? STRINGS.unknown}
        </span>
      </p>
      <table className={styles.table}>
        <tbody>
          {kinds.map((kind) => {
            const found = result.tables.filter((t) => t.kind === kind);
            const sheets = [...new Set(found.map((t) => t.sheet))];
            return (
              <tr key={kind} data-kind={kind}>
                <th scope="row" className={styles.cell}>
                  {TABLE_KIND_NAMES[kind]}
                </th>
                <td className={styles.cell}>
                  {found.length === 0 ? (
                    <Badge appearance="tint" color="danger">
                      {STRINGS.missing}
                    </Badge>
                  ) : (
                    <>
                      {sheets.map((sheet, i) => (
                        <span key={sheet} className={styles.sheet}>
                          {i > 0 && '、'}
                          {sheet}
                          {hidden.has(sheet) && (
                            <Badge
                              size="small"
                              appearance="outline"
                              color="subtle"
                              className={styles.hidden}
                              title={STRINGS.hiddenSheetTitle(sheet)}
                              data-hidden-sheet={sheet}
                            >
                              {STRINGS.hiddenBadge}
                            </Badge>
                          )}
                        </span>
                      ))}
                      {found.length > 1 ? `（${found.length} 个）` : ''}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!hiddenChecked && hiddenSheets.length > 0 && (
        <p className={styles.meta} data-hidden-not-checked="">
          {STRINGS.hiddenNotChecked(hiddenSheets.join('、'))}
        </p>
      )}
    </section>
  );
}
