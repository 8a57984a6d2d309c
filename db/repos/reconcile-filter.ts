/**
 * The events a reconciliation need not read, left out by SQLite before a row reaches JavaScript
 * (main/reconcile/plain-events.ts says which). Everything is said in temporary tables of ids,
 * each as small as its side: tags, profiles' doors and hours, quiet cards. The query joins them
 * per event through indexes, so the cost grows with events + people + cards, never a product.
 */
import type { Outcome } from '../../vocabulary';
import type { Db } from '../open';

/** A tag in the hands of someone with this profile, in [since, until). */
export interface PlainGrant {
  uid: string;
  profile: string;
  since: number;
  until: number;
}

/** A profile's granted entry: this door, this weekday, between these minutes. */
export interface PlainWindow {
  profile: string;
  doorId: string;
  weekday: number;
  fromMin: number;
  toMin: number;
}

export interface EventFilter {
  plainGrants: PlainGrant[];
  plainWindows: PlainWindow[];
  /** Printed card keys whose events never matter, and those that matter only at our floor. */
  quietEverywhere: string[];
  quietOffFloor: string[];
  ownFloorDoors: string[];
  /** Events without a card are skipped unless they have one of these outcomes. */
  cardlessKept: Outcome[];
}

export type EventRow = [number, number, number, number, number, number | null, number];
export const eventColumns =
  'e.occurred_at, e.utc_offset, e.text_id, e.point_id, e.card_id, e.holder_id, e.import_id';
/** The site-local weekday (1 = Monday) and minute of the day of an event, in SQL. */
const localMs = '(e.occurred_at + e.utc_offset * 60000)';
const weekday = `((${localMs} / 86400000 + 3) % 7 + 1)`;
const minute = `((${localMs} % 86400000) / 60000)`;

const temp = ['rec_card_profile', 'rec_window', 'rec_card', 'rec_text', 'rec_floor_point'];

/**
 * Per card and per text one row of flags, so each event costs one lookup of each:
 * rec_card.quiet 1 = never matters, 2 = matters only at our floor; rec_card.cardless = the
 * event has no card; rec_text.plain 1 = granted, rec_text.kept 1 = kept without a card.
 */
export function filteredEvents(db: Db, untilMs: number, filter: EventFilter): EventRow[] {
  const run = (sql: string) => db.prepare(sql).run();
  const drop = () => temp.forEach((t) => run(`DROP TABLE IF EXISTS temp.${t}`));
  drop();
  try {
    run(`CREATE TEMP TABLE rec_card_profile (card_id INTEGER, import_id INTEGER, profile INTEGER,
           since INTEGER, until INTEGER)`);
    run('CREATE INDEX temp.rec_card_profile_card ON rec_card_profile (card_id, import_id)');
    run(`CREATE TEMP TABLE rec_window (profile INTEGER, point_id INTEGER, weekday INTEGER,
           from_min INTEGER, to_min INTEGER)`);
    run('CREATE INDEX temp.rec_window_key ON rec_window (profile, point_id, weekday)');
    run(`CREATE TEMP TABLE rec_card (card_id INTEGER PRIMARY KEY, quiet INTEGER NOT NULL,
           cardless INTEGER NOT NULL, profiled INTEGER NOT NULL)`);
    run(`CREATE TEMP TABLE rec_text (text_id INTEGER PRIMARY KEY, granted INTEGER NOT NULL,
           kept INTEGER NOT NULL)`);
    run('CREATE TEMP TABLE rec_floor_point (point_id INTEGER PRIMARY KEY)');
    db.transaction(() => fillFilter(db, filter))();
    return db
      .prepare<[number], EventRow>(
        `SELECT ${eventColumns} FROM building_events e
           JOIN rec_card c ON c.card_id = e.card_id
           JOIN rec_text t ON t.text_id = e.text_id
         WHERE e.occurred_at <= ?
           AND c.quiet <> 1
           AND NOT (c.quiet = 2 AND e.point_id NOT IN rec_floor_point)
           AND NOT (c.cardless = 1 AND t.kept = 0)
           AND NOT (t.granted = 1 AND c.profiled = 1 AND EXISTS (
             SELECT 1 FROM rec_card_profile g JOIN rec_window w ON w.profile = g.profile
             WHERE g.card_id = e.card_id AND g.import_id = e.import_id
               AND e.occurred_at >= g.since AND e.occurred_at < g.until
               AND w.point_id = e.point_id AND w.weekday = ${weekday}
               AND ${minute} >= w.from_min AND ${minute} < w.to_min))
         ORDER BY e.occurred_at`,
      )
      .raw()
      .all(untilMs);
  } finally {
    drop();
  }
}

const big = (n: number) =>
  Number.isFinite(n) ? n : n > 0 ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;

function fillFilter(db: Db, filter: EventFilter): void {
  const rows = <T extends unknown[]>(sql: string) => db.prepare<[], T>(sql).raw().all();
  // Each tag's card ids in each import, under that import's card rule; each door's points.
  const cardsOfUid = new Map<string, [number, number][]>();
  for (const [uid, importId, cardId] of rows<[string, number, number]>(
    `SELECT m.card_uid, i.id, m.card_id FROM building_card_matches m
     JOIN building_imports i ON i.card_rule = m.card_rule WHERE m.card_uid IS NOT NULL`,
  )) {
    cardsOfUid.set(uid, [...(cardsOfUid.get(uid) ?? []), [importId, cardId]]);
  }
  const pointsOfDoor = new Map<string, number[]>();
  for (const [doorId, pointId] of rows<[string, number]>(
    'SELECT door_id, id FROM building_access_points WHERE door_id IS NOT NULL',
  )) {
    pointsOfDoor.set(doorId, [...(pointsOfDoor.get(doorId) ?? []), pointId]);
  }
  const profileIds = new Map<string, number>();
  const profileId = (p: string) => {
    if (!profileIds.has(p)) profileIds.set(p, profileIds.size + 1);
    return profileIds.get(p)!;
  };
  const grant = db.prepare('INSERT INTO rec_card_profile VALUES (?, ?, ?, ?, ?)');
  for (const g of filter.plainGrants) {
    for (const [importId, cardId] of cardsOfUid.get(g.uid) ?? [])
      grant.run(cardId, importId, profileId(g.profile), big(g.since), big(g.until));
  }
  const window = db.prepare('INSERT INTO rec_window VALUES (?, ?, ?, ?, ?)');
  for (const w of filter.plainWindows) {
    for (const pointId of pointsOfDoor.get(w.doorId) ?? [])
      window.run(profileId(w.profile), pointId, w.weekday, w.fromMin, w.toMin);
  }

  // A card any rule reads as one of our tags is never quiet, whatever its cardholder row says.
  const ours = new Set(
    db
      .prepare<[], number>(
        'SELECT m.card_id FROM building_card_matches m JOIN tags t ON t.uid = m.card_uid',
      )
      .pluck()
      .all(),
  );
  const quiet = new Map<string, number>();
  for (const key of filter.quietEverywhere) quiet.set(key, 1);
  for (const key of filter.quietOffFloor) quiet.set(key, 2);
  const profiled = new Set(
    db.prepare<[], number>('SELECT DISTINCT card_id FROM rec_card_profile').pluck().all(),
  );
  const card = db.prepare('INSERT INTO rec_card VALUES (?, ?, ?, ?)');
  for (const [id, key, number] of rows<[number, string, string]>(
    'SELECT id, printed, card_number FROM building_cards',
  )) {
    const q = ours.has(id) ? 0 : (quiet.get(key) ?? 0);
    card.run(id, q, number === '' ? 1 : 0, profiled.has(id) ? 1 : 0);
  }
  const floor = db.prepare('INSERT OR IGNORE INTO rec_floor_point VALUES (?)');
  for (const doorId of filter.ownFloorDoors)
    for (const pointId of pointsOfDoor.get(doorId) ?? []) floor.run(pointId);

  const text = db.prepare('INSERT INTO rec_text VALUES (?, ?, ?)');
  for (const [id, outcome] of rows<[number, Outcome | null]>(
    'SELECT id, outcome FROM building_event_texts',
  )) {
    const kept = outcome !== null && filter.cardlessKept.includes(outcome);
    text.run(id, outcome === 'GRANTED' ? 1 : 0, kept ? 1 : 0);
  }
}
