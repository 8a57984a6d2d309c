import { useState } from 'react';
import type { KioskApi } from '../../main/contract';
import { useApi } from '../app/ApiProvider';
import { ErrorNotice } from '../app/ErrorNotice';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';

type Unmatched = Awaited<ReturnType<KioskApi['listUnmatchedCards']>>;

/**
 * The building's card numbers that are none of our badges, listed when asked: the cardholder
 * list's (our own organisations first: those are the ones to enrol or explain) and the door log's.
 */
export function UnmatchedCards() {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const [result, setResult] = useState<Unmatched | null>(null);
  const load = async () => setResult(await api.listUnmatchedCards());
  if (!result)
    return (
      <section className="panel" data-testid="unmatched-cards">
        <h3>{t('building.unmatched')}</h3>
        <button type="button" className="button secondary" onClick={() => void load()}>
          {t('building.unmatchedShow')}
        </button>
      </section>
    );
  if (!result.ok) return <ErrorNotice error={result.error} onRetry={() => void load()} />;
  const { cardholders, events } = result.value;
  return (
    <section className="panel" data-testid="unmatched-cards">
      <h3>{t('building.unmatched')}</h3>
      <h4>{t('building.unmatchedCardholders', { count: cardholders.length })}</h4>
      <ul className="rows" data-testid="unmatched-cardholders">
        {cardholders.map((c) => (
          <li key={c.cardNumber} className={c.own ? 'unmatched own' : 'unmatched'}>
            <code>{c.cardNumber}</code>{' '}
            <span translate="no">{[c.name, c.company].filter(Boolean).join(' · ')}</span>
            {c.own && <span className="pill warn">{t('building.unmatchedOwn')}</span>}
          </li>
        ))}
      </ul>
      <h4>{t('building.unmatchedEvents', { count: events.length })}</h4>
      <ul className="rows" data-testid="unmatched-events">
        {events.map((e) => (
          <li key={e.cardNumber}>
            <code>{e.cardNumber}</code>{' '}
            {t(e.events === 1 ? 'building.unmatchedEventLineOne' : 'building.unmatchedEventLine', {
              events: e.events,
              last: formatDateTime(e.lastAt, i18n),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
