/**
 * What a reconciliation reads, in one pass each: the building's door events and its newest
 * cardholder export, and our side (people, tags with their custody and losses, visits).
 */
import type { CardRule, HolderKind, Outcome, TagPool, TagStatus } from '../../vocabulary';
import type { Db } from '../open';
import { personNameSql } from '../person-name-sql';
import { printedCard } from '../printed-card';
import { eventColumns, filteredEvents, type EventFilter, type EventRow } from './reconcile-filter';
import { newestCardholderImports } from './newest-cardholders';

export interface RecEvent {
  /** UTC, milliseconds. */
  at: number;
  /** The same moment on the site's wall clock, as milliseconds (at + the UTC offset then). */
  localMs: number;
  outcome: Outcome | null;
  doorId: string | null;
  door: string;
  cardNumber: string | null;
  /** The card number as a key that ignores how it was printed (db/printed-card.ts). */
  cardKey: string | null;
  cardUid: string | null;
  employeeId: string | null;
  company: string | null;
}

export type { EventFilter, PlainGrant, PlainWindow } from './reconcile-filter';

export interface RecPerson {
  id: number;
  employeeId: string | null;
  name: string;
  organisation: string | null;
  profileId: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface RecCustody {
  tagId: number;
  holderKind: HolderKind;
  personId: number | null;
  startedAt: string;
  endedAt: string | null;
}

export interface RecTag {
  id: number;
  uid: string;
  pool: TagPool;
  label: string | null;
  status: TagStatus;
}

export interface RecVisit {
  reference: string | null;
  date: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  badgeUid: string | null;
  badgeReturnedAt: string | null;
}

export interface RecCardholder {
  employeeId: string | null;
  name: string | null;
  /** The company, or where an export has none (Paxton), the department it files people under. */
  organisation: string | null;
  cardNumber: string | null;
  cardKey: string | null;
  cardUid: string | null;
  status: string;
  validTo: string | null;
  accessLevels: string[];
}

export function reconcileRepo(db: Db) {
  return {
    /**
     * Every event up to a moment. The slim rows of ids are read as they are stored and joined in
     * memory with the texts, points, cards and holders (each a few thousand at most): a million
     * rows through the access_events view take six times as long.
     */
    events(untilMs: number, filter?: EventFilter): RecEvent[] {
      const dictionary = <T>(sql: string) => new Map(db.prepare<[], [number, T]>(sql).raw().all());
      const outcomes = dictionary<Outcome | null>('SELECT id, outcome FROM building_event_texts');
      const points = new Map(
        db
          .prepare<[], [number, string | null, string]>(
            'SELECT id, door_id, door_name FROM building_access_points',
          )
          .raw()
          .all()
          .map(([id, doorId, door]) => [id, { doorId, door }]),
      );
      const cards = new Map(
        db
          .prepare<[], [number, string | null, string]>(
            "SELECT id, nullif(card_number, ''), printed FROM building_cards",
          )
          .raw()
          .all()
          .map(([id, number, key]) => [id, number === null ? null : { number, key }]),
      );
      const holders = new Map(
        db
          .prepare<[], [number, string | null, string | null]>(
            "SELECT id, nullif(employee_id, ''), nullif(company, '') FROM building_holders",
          )
          .raw()
          .all()
          .map(([id, employeeId, company]) => [id, { employeeId, company }]),
      );
      // Each card's tag under the card rule of the import that brought the event.
      const uids = new Map(
        db
          .prepare<[], [number, number, string]>(
            `SELECT i.id, m.card_id, m.card_uid FROM building_imports i
             JOIN building_card_matches m ON m.card_rule = i.card_rule WHERE m.card_uid IS NOT NULL`,
          )
          .raw()
          .all()
          .map(([importId, cardId, uid]) => [importId * 2 ** 32 + cardId, uid]),
      );
      const rows = filter
        ? filteredEvents(db, untilMs, filter)
        : db
            .prepare<[number], EventRow>(
              `SELECT ${eventColumns} FROM building_events e
               WHERE occurred_at <= ? ORDER BY occurred_at`,
            )
            .raw()
            .all(untilMs);
      return rows.map(([at, offset, textId, pointId, cardId, holderId, importId]) => {
        const point = points.get(pointId)!;
        const holder = holderId === null ? undefined : holders.get(holderId);
        const card = cards.get(cardId);
        return {
          at,
          localMs: at + offset * 60_000,
          outcome: outcomes.get(textId) ?? null,
          doorId: point.doorId,
          door: point.door,
          cardNumber: card?.number ?? null,
          cardKey: card?.key ?? null,
          cardUid: uids.get(importId * 2 ** 32 + cardId) ?? null,
          employeeId: holder?.employeeId ?? null,
          company: holder?.company ?? null,
        };
      });
    },
    people: (): RecPerson[] =>
      db
        .prepare<[], RecPerson>(
          `SELECT p.id, p.employee_id AS employeeId,
             ${personNameSql('p')} AS name,
             o.name AS organisation, p.profile_id AS profileId, p.start_date AS startDate, p.end_date AS endDate
           FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id`,
        )
        .all(),
    tags: (): RecTag[] =>
      db.prepare<[], RecTag>('SELECT id, uid, pool, label, status FROM tags').all(),
    custody: (): RecCustody[] =>
      db
        .prepare<[], RecCustody>(
          `SELECT tag_id AS tagId, holder_kind AS holderKind, person_id AS personId,
             started_at AS startedAt, ended_at AS endedAt FROM tag_custody ORDER BY started_at`,
        )
        .all(),
    /** When each tag was reported lost (the first report). */
    lost: (): { tagId: number; at: string }[] =>
      db
        .prepare<[], { tagId: number; at: string }>(
          `SELECT tag_id AS tagId, min(occurred_at) AS at FROM incidents WHERE source = 'tag_lost' GROUP BY tag_id`,
        )
        .all(),
    visits: (): RecVisit[] =>
      db
        .prepare<[], RecVisit>(
          `SELECT v.reference, v.visit_date AS date, v.checked_in_at AS checkedInAt,
             v.checked_out_at AS checkedOutAt, t.uid AS badgeUid, v.badge_returned_at AS badgeReturnedAt
           FROM visits v LEFT JOIN tags t ON t.id = v.badge_tag_id`,
        )
        .all(),
    /** The card rule the newest cardholder export was read with (how the building prints a tag). */
    cardholderCardRule: (): CardRule | null =>
      db
        .prepare<[], CardRule | null>(
          `SELECT card_rule FROM building_imports WHERE id IN (${newestCardholderImports})
           ORDER BY id DESC LIMIT 1`,
        )
        .pluck()
        .get() ?? null,
    /** The rows of the newest cardholder export: the building's present state. */
    cardholders: (): RecCardholder[] =>
      db
        .prepare<[], Omit<RecCardholder, 'accessLevels' | 'cardKey'> & { accessLevels: string }>(
          `SELECT employee_id AS employeeId, coalesce(full_name, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) AS name,
             coalesce(company, department) AS organisation, card_number AS cardNumber, card_uid AS cardUid, status, valid_to AS validTo,
             access_levels AS accessLevels
           FROM building_cardholders
           WHERE import_id IN (${newestCardholderImports})`,
        )
        .all()
        .map((r) => ({
          ...r,
          cardKey: r.cardNumber ? printedCard(r.cardNumber) : null,
          accessLevels: JSON.parse(r.accessLevels) as string[],
        })),
    countEvents: (untilMs: number): number =>
      db
        .prepare<[number], number>('SELECT count(*) FROM building_events WHERE occurred_at <= ?')
        .pluck()
        .get(untilMs) ?? 0,
    /** The export time to reconcile as of, by default: the newest import's newest event. */
    newestEventAt: (): number | null =>
      db.prepare<[], number | null>('SELECT max(occurred_at) FROM building_events').pluck().get() ??
      null,
  };
}
export type ReconcileRepo = ReturnType<typeof reconcileRepo>;
