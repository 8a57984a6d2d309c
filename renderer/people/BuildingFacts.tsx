import type { PersonDetail } from '../../main/contract';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';
import { useTerm } from '../shared/terms';

/** What the building's exports say about a person: their card there, its levels, their last doors. */
export function BuildingFacts(props: { building: PersonDetail['building'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const term = useTerm();
  const { cards, events } = props.building;
  return (
    <section data-testid="person-building">
      <h3>{t('staff.building')}</h3>
      {cards.length === 0 ? (
        <p>{t('staff.buildingNoCard')}</p>
      ) : (
        <ul>
          {cards.map((c, i) => (
            <li key={i}>
              {t('staff.buildingCard', {
                card: c.cardNumber ?? '–',
                status: term('staff.cardStatus', c.status),
              })}
              {/* The building prints our tag its own way: say that it is one card. */}
              {c.cardUid && c.cardUid !== c.cardNumber && (
                <span data-testid="same-card"> {t('staff.sameCard', { uid: c.cardUid })}</span>
              )}
              {/* The building's own word, where it says more than the status does. */}
              {c.statusText &&
                c.statusText.toLowerCase() !== term('staff.cardStatus', c.status).toLowerCase() && (
                  <span translate="no"> ({c.statusText})</span>
                )}
              {c.accessLevels.length > 0 && (
                <>
                  {' · '}
                  {t('staff.buildingLevels')}:{' '}
                  <span translate="no">{c.accessLevels.join(', ')}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('staff.lastEvents')}</h3>
      {events.length === 0 ? (
        <p>{t('staff.noEvents')}</p>
      ) : (
        <ul data-testid="person-events">
          {events.map((e, i) => (
            <li key={i}>
              {formatDateTime(e.at, i18n)} · <span translate="no">{e.door}</span> ·{' '}
              {e.outcome ? term('review.outcome', e.outcome) : <span translate="no">{e.text}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
