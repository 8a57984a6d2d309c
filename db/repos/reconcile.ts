/**
 * What a reconciliation reads, in one pass each: the building's door events and its newest
 * cardholder export, and our side (people, tags with their custody and losses, visits).
 */
import type { HolderKind, Outcome, TagPool, TagStatus } from '../../vocabulary';
import type { Db } from '../open';
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
  cardUid: string | null;
  employeeId: string | null;
  company: string | null;
}

/** A granted event of this tag at this door, on this weekday between these minutes, in [since, until). */
export interface PlainGrant {
  uid: string;
  doorId: string;
  weekday: number;
  fromMin: number;
  toMin: number;
  since: number;
  until: number;
}

/** The events a reconciliation need not read (main/reconcile/plain-events.ts says which). */
export interface EventFilter {
  plainGrants: PlainGrant[];
  /** Card numbers whose events never matter, and those that matter only at our floor's doors. */
  quietEverywhere: string[];
  quietOffFloor: string[];
  ownFloorDoors: string[];
  /** Events without a card are skipped unless they have one of these outcomes. */
  cardlessKept: Outcome[];
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
      const cards = dictionary<string>("SELECT id, nullif(card_number, '') FROM building_cards");
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
        return {
          at,
          localMs: at + offset * 60_000,
          outcome: outcomes.get(textId) ?? null,
          doorId: point.doorId,
          door: point.door,
          cardNumber: cards.get(cardId) ?? null,
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
           WHERE import_id IN (${newestCardholderImports})`,
        )
        .all()
        .map((r) => ({ ...r, accessLevels: JSON.parse(r.accessLevels) as string[] })),
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

type EventRow = [number, number, number, number, number, number | null, number];
const eventColumns =
  'e.occurred_at, e.utc_offset, e.text_id, e.point_id, e.card_id, e.holder_id, e.import_id';
/** The site-local weekday (1 = Monday) and minute of the day of an event, in SQL. */
const localMs = '(e.occurred_at + e.utc_offset * 60000)';
const weekday = `((${localMs} / 86400000 + 3) % 7 + 1)`;
const minute = `((${localMs} % 86400000) / 60000)`;
/** A card at an access point as one integer, so each lookup is a single rowid search. */
const pairKey = '(e.card_id * 1048576 + e.point_id)';

/**
 * The events up to a moment, less those the filter says cannot matter; the filter is applied by
 * SQLite through temporary tables of ids, so the skipped rows are never turned into objects.
 */
function filteredEvents(db: Db, untilMs: number, filter: EventFilter): EventRow[] {
  const run = (sql: string) => db.prepare(sql).run();
  const temp = ['rec_plain', 'rec_quiet', 'rec_cardless', 'rec_cardless_cards', 'rec_granted'];
  const drop = () => temp.forEach((t) => run(`DROP TABLE IF EXISTS temp.${t}`));
  drop();
  try {
    run(`CREATE TEMP TABLE rec_plain (pair INTEGER, weekday INTEGER, import_id INTEGER,
           from_min INTEGER, to_min INTEGER, since INTEGER, until INTEGER)`);
    run('CREATE INDEX temp.rec_plain_pair ON rec_plain (pair, weekday)');
    run('CREATE TEMP TABLE rec_quiet (pair INTEGER PRIMARY KEY)');
    run('CREATE TEMP TABLE rec_cardless_cards (card_id INTEGER PRIMARY KEY)');
    run('CREATE TEMP TABLE rec_cardless (text_id INTEGER PRIMARY KEY)');
    run('CREATE TEMP TABLE rec_granted (text_id INTEGER PRIMARY KEY)');
    db.transaction(() => fillFilter(db, filter))();
    return db
      .prepare<[number], EventRow>(
        `SELECT ${eventColumns} FROM building_events e
         WHERE e.occurred_at <= ?
           AND ${pairKey} NOT IN rec_quiet
           AND NOT (e.text_id IN rec_granted AND EXISTS (
             SELECT 1 FROM rec_plain p
             WHERE p.pair = ${pairKey} AND p.weekday = ${weekday} AND p.import_id = e.import_id
               AND ${minute} >= p.from_min AND ${minute} < p.to_min
               AND e.occurred_at >= p.since AND e.occurred_at < p.until))
           AND NOT (e.text_id IN rec_cardless AND e.card_id IN rec_cardless_cards)
         ORDER BY e.occurred_at`,
      )
      .raw()
      .all(untilMs);
  } finally {
    drop();
  }
}

function fillFilter(db: Db, filter: EventFilter): void {
  const big = (n: number) =>
    Number.isFinite(n) ? n : n > 0 ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  // The ids each tag has in each import (under that import's card rule), and each door's points.
  const cardsOfUid = db.prepare<[string], { importId: number; cardId: number }>(
    `SELECT i.id AS importId, m.card_id AS cardId FROM building_card_matches m
     JOIN building_imports i ON i.card_rule = m.card_rule WHERE m.card_uid = ?`,
  );
  const pointsOfDoor = db
    .prepare<[string], number>('SELECT id FROM building_access_points WHERE door_id = ?')
    .pluck();
  const plain = db.prepare('INSERT INTO rec_plain VALUES (? * 1048576 + ?, ?, ?, ?, ?, ?, ?)');
  const cards = new Map<string, { importId: number; cardId: number }[]>();
  const points = new Map<string, number[]>();
  for (const g of filter.plainGrants) {
    if (!cards.has(g.uid)) cards.set(g.uid, cardsOfUid.all(g.uid));
    if (!points.has(g.doorId)) points.set(g.doorId, pointsOfDoor.all(g.doorId));
    for (const { importId, cardId } of cards.get(g.uid)!) {
      for (const pointId of points.get(g.doorId)!) {
        plain.run(
          cardId,
          pointId,
          g.weekday,
          importId,
          g.fromMin,
          g.toMin,
          big(g.since),
          big(g.until),
        );
      }
    }
  }
  // A card any rule reads as one of our tags is never quiet, whatever its cardholder row says.
  const quiet = db.prepare(
    `INSERT OR IGNORE INTO rec_quiet
     SELECT c.id * 1048576 + p.id FROM building_cards c, building_access_points p
     WHERE c.card_number = ? AND (? = 0 OR p.door_id IS NULL OR p.door_id NOT IN (SELECT value FROM json_each(?)))
       AND NOT EXISTS (SELECT 1 FROM building_card_matches m JOIN tags t ON t.uid = m.card_uid WHERE m.card_id = c.id)`,
  );
  const ownFloor = JSON.stringify(filter.ownFloorDoors);
  for (const n of filter.quietEverywhere) quiet.run(n, 0, ownFloor);
  for (const n of filter.quietOffFloor) quiet.run(n, 1, ownFloor);
  db.prepare(
    "INSERT INTO rec_cardless_cards SELECT id FROM building_cards WHERE coalesce(card_number, '') = ''",
  ).run();
  const texts = db
    .prepare<[], [number, Outcome | null]>('SELECT id, outcome FROM building_event_texts')
    .raw()
    .all();
  const addText = (table: string) => db.prepare(`INSERT INTO ${table} VALUES (?)`);
  const cardless = addText('rec_cardless');
  const granted = addText('rec_granted');
  for (const [id, outcome] of texts) {
    if (outcome === null || !filter.cardlessKept.includes(outcome)) cardless.run(id);
    if (outcome === 'GRANTED') granted.run(id);
  }
}
