/**
 * What the building's own data says about one of our people: their row in the newest cardholder
 * list (card status, access levels) and their last door events, found by their badges' UIDs or
 * their employee number.
 */
import type { PersonBuildingRow, PersonEventRow } from '../../vocabulary';
import type { Db } from '../open';
import { newestCardholderImports } from './newest-cardholders';

export type { PersonBuildingRow, PersonEventRow };

export function personBuildingRepo(db: Db) {
  const cardholders = db.prepare<
    { employeeId: string | null; uids: string },
    {
      cardNumber: string | null;
      cardUid: string | null;
      status: string;
      statusText: string | null;
      accessLevels: string;
    }
  >(
    `SELECT card_number AS cardNumber, card_uid AS cardUid, status, status_text AS statusText, access_levels AS accessLevels
       FROM building_cardholders
      WHERE import_id IN (${newestCardholderImports})
        AND (employee_id = :employeeId OR card_uid IN (SELECT value FROM json_each(:uids)))
      ORDER BY row_number`,
  );
  // The newest first; the primary key runs in time order, so this stops after the tenth hit.
  const events = db.prepare<{ uids: string; limit: number }, PersonEventRow>(
    `SELECT strftime('%Y-%m-%dT%H:%M:%fZ', e.occurred_at / 1000.0, 'unixepoch') AS at,
            p.door_name AS door, t.outcome, t.text
       FROM building_events e
       JOIN building_event_texts t ON t.id = e.text_id
       JOIN building_access_points p ON p.id = e.point_id
      WHERE e.card_id IN (
              SELECT m.card_id FROM building_card_matches m
               WHERE m.card_uid IN (SELECT value FROM json_each(:uids)))
      ORDER BY e.occurred_at DESC
      LIMIT :limit`,
  );
  return {
    cardholderRows(employeeId: string | null, uids: string[]): PersonBuildingRow[] {
      return cardholders.all({ employeeId, uids: JSON.stringify(uids) }).map((r) => ({
        ...r,
        accessLevels: JSON.parse(r.accessLevels) as string[],
      }));
    },
    lastEvents(uids: string[], limit = 10): PersonEventRow[] {
      return uids.length ? events.all({ uids: JSON.stringify(uids), limit }) : [];
    },
  };
}
export type PersonBuildingRepo = ReturnType<typeof personBuildingRepo>;
