import type { Rejection } from '../../main/contract';
import { useI18n } from '../i18n/I18nProvider';
import { serverText } from '../i18n/server-text';

/**
 * What a file import refused, one line each: where (row, and the file's own column name, which
 * stays as the file spells it) and why, in the screen's language.
 */
export function RejectionList(props: {
  rejected: Rejection[];
  testId: string;
  /** Says where a column is in words (the site editor's paths); by default the file's own name. */
  place?: (column: string) => string;
}) {
  const { t, locale } = useI18n();
  return (
    <ul data-testid={props.testId}>
      {props.rejected.map((r, i) => (
        <li key={i}>
          {r.row !== null && t('import.row', { row: r.row })}
          {r.row !== null && r.column && ', '}
          {r.column &&
            (props.place ? (
              <strong>{props.place(r.column)}</strong>
            ) : (
              <code translate="no">{r.column}</code>
            ))}
          {(r.row !== null || r.column) && ': '}
          {serverText(r.reason, locale)}
        </li>
      ))}
    </ul>
  );
}
