/**
 * What a reconciliation reads, in one pass each: the building's door events and its newest
 * cardholder export, and our side (people, tags with their custody and losses, visits).
 */
import type { HolderKind, Outcome, TagPool, TagStatus } from '../../vocabulary';
import type { Db } from '../open';

export interface RecEvent {
  /** UTC, milliseconds. */
  at: number;
  /** Site-local "YYYY-MM-DD HH:MM:SS". */
  local: string;
  outcome: Outcome | null;
  doorId: string | null;
  door: string;
  cardNumber: string | null;
  cardUid: string | null;
  employeeId: string | null;
  company: string | null;
}

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
  cardUid: string | null;
  status: string;
  validTo: string | null;
  accessLevels: string[];
}

export function reconcileRepo(db: Db) {
  return {
    events: (untilMs: number): RecEvent[] =>
      db
        .prepare<[number], RecEvent>(
          `SELECT occurred_at AS at, local_time AS local, outcome, door_id AS doorId, door_name AS door,
             card_number AS cardNumber, card_uid AS cardUid, employee_id AS employeeId, company
           FROM access_events WHERE occurred_at <= ? ORDER BY occurred_at`,
        )
        .all(untilMs),
    people: (): RecPerson[] =>
      db
        .prepare<[], RecPerson>(
          `SELECT p.id, p.employee_id AS employeeId,
             p.first_name || ' ' || iif(p.name_prefix = '', '', p.name_prefix || ' ') || p.last_name AS name,
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
          `SELECT tag_id AS tagId, min(occurred_at) AS at FROM incidents WHERE kind = 'tag_lost' GROUP BY tag_id`,
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
    /** The rows of the newest cardholder export: the building's present state. */
    cardholders: (): RecCardholder[] =>
      db
        .prepare<[], Omit<RecCardholder, 'accessLevels'> & { accessLevels: string }>(
          `SELECT employee_id AS employeeId, coalesce(full_name, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) AS name,
             coalesce(company, department) AS organisation, card_number AS cardNumber, card_uid AS cardUid, status, valid_to AS validTo,
             access_levels AS accessLevels
           FROM building_cardholders
           WHERE import_id = (SELECT max(id) FROM building_imports WHERE kind = 'cardholders')`,
        )
        .all()
        .map((r) => ({ ...r, accessLevels: JSON.parse(r.accessLevels) as string[] })),
    /** The export time to reconcile as of, by default: the newest import's newest event. */
    newestEventAt: (): number | null =>
      db.prepare<[], number | null>('SELECT max(occurred_at) FROM building_events').pluck().get() ??
      null,
  };
}
export type ReconcileRepo = ReturnType<typeof reconcileRepo>;
