/**
 * Card numbers in the building's data that belong to none of our badges: in its newest cardholder
 * list (with the holder the building names, our own organisations first) and in its door log.
 */
import type { UnmatchedCardholder, UnmatchedEventCard } from '../../vocabulary';
import type { Db } from '../open';
import { newestCardholderImports } from './newest-cardholders';

export type UnmatchedCardsRepo = ReturnType<typeof unmatchedCardsRepo>;

export function unmatchedCardsRepo(db: Db) {
  const cardholders = db.prepare<[number], Omit<UnmatchedCardholder, 'own'> & { own: number }>(
    `WITH own AS (
       SELECT lower(name) AS name FROM organisations WHERE role = 'own'
       UNION SELECT lower(a.alias) FROM organisation_aliases a
         JOIN organisations o ON o.id = a.organisation_id WHERE o.role = 'own')
     SELECT card_number AS cardNumber,
            coalesce(full_name, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) AS name,
            company, status, lower(coalesce(company, '')) IN (SELECT name FROM own) AS own
       FROM building_cardholders
      WHERE import_id IN (${newestCardholderImports})
        AND card_uid IS NULL AND coalesce(card_number, '') <> ''
      ORDER BY own DESC, company, name
      LIMIT ?`,
  );
  // One pass over the log; the kiosk shows this when asked, not on every visit to the tab.
  const events = db.prepare<[number], UnmatchedEventCard>(
    `SELECT c.card_number AS cardNumber, count(*) AS events,
            strftime('%Y-%m-%dT%H:%M:%SZ', max(e.occurred_at) / 1000, 'unixepoch') AS lastAt
       FROM building_events e
       JOIN building_cards c ON c.id = e.card_id
       JOIN building_imports i ON i.id = e.import_id
       LEFT JOIN building_card_matches m ON m.card_id = e.card_id AND m.card_rule = i.card_rule
      WHERE m.card_uid IS NULL AND c.card_number <> ''
      GROUP BY c.card_number
      ORDER BY events DESC, c.card_number
      LIMIT ?`,
  );
  return {
    list(limit = 500) {
      return {
        cardholders: cardholders.all(limit).map((r) => ({ ...r, own: r.own === 1 })),
        events: events.all(limit),
      };
    },
  };
}
