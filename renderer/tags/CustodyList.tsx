import type { CustodyEntry } from '../../main/contract';
import { usePersonName } from '../shared/terms';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';

/** Who held a tag when, oldest first; the pool shows as "visitor badges". */
export function CustodyList(props: {
  entries: (CustodyEntry & { uid?: string })[];
  /** The holder has left: a badge still with them is not "until now" but not handed in. */
  left?: boolean;
}) {
  const i18n = useI18n();
  const nameOf = usePersonName();
  const { t } = i18n;
  if (props.entries.length === 0) return <p>{t('staff.noneYet')}</p>;
  return (
    <ol className="custody" data-testid="custody">
      {props.entries.map((e, i) => (
        <li key={i}>
          <strong>{e.holder === 'visitor_pool' ? t('tags.pool') : nameOf(e.holder)}</strong>
          {e.uid && <code> {e.uid}</code>}{' '}
          {t('tags.period', {
            from: formatDateTime(e.startedAt, i18n),
            to: e.endedAt ? formatDateTime(e.endedAt, i18n) : t('tags.now'),
          })}
          {!e.endedAt && props.left && <span className="pill warn">{t('staff.stillHeld')}</span>}
          {e.endReason && <span className="reason"> ({t(`tags.reason.${e.endReason}`)})</span>}
        </li>
      ))}
    </ol>
  );
}
