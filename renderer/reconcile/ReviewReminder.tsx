import { useCallback } from 'react';
import { useApi } from '../app/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';
import { useData } from '../shared/useData';

/** Above every console screen while the periodic access review is due. */
export function ReviewReminder(props: {
  /** Absent on the review's own tab: the reminder then only says what is due. */
  onOpen?: (() => void) | undefined;
  refresh: number;
}) {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const { refresh } = props;
  const reminder = useData(
    // `refresh` changes when a check has run elsewhere in the console.
    useCallback(() => (void refresh, api.getReviewReminder()), [api, refresh]),
  );
  const r = reminder.value;
  if (!r?.due) return null;
  return (
    <div className="notice review-due" role="status" data-testid="review-due">
      <span>
        {r.lastRunAt
          ? t('review.due', { at: formatDateTime(r.lastRunAt, i18n), days: r.periodDays })
          : t('review.dueNever')}
      </span>
      {props.onOpen && (
        <button type="button" className="button secondary" onClick={props.onOpen}>
          {t('review.open')}
        </button>
      )}
    </div>
  );
}
