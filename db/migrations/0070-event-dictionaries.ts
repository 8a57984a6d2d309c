import type { Migration } from './types';

/**
 * Door events as a slim row of integers, the way a million-row log can be stored at the speed
 * of a plain copy: the texts, access points, card numbers and holders a log repeats are stored
 * once each, and an event names them by id. `access_events` stays as a view with the columns it
 * had, so readers do not change.
 *
 * - The event table is clustered on its natural key (time, access point, card, text): one B-tree
 *   per insert instead of a table and a unique index, appended to in a log's time order.
 * - Its ids carry no REFERENCES: measured, the parent lookups add 40 % to every insert. Only the
 *   importer writes them, from dictionary rows it created in the same transaction.
 * - Site-local time is stored as the UTC offset in force at that instant (minutes), which keeps
 *   the wall time exact in the hour the clocks go back; the view prints it.
 * - An outcome belongs to a text, so a rule the office manager adds classifies every event with
 *   that text at once.
 */
export const migration: Migration = {
  version: 70,
  name: 'event-dictionaries',
  up(db) {
    db.exec(`
      CREATE TABLE building_event_texts (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL UNIQUE,
        -- NULL: a text nobody recognised yet; kept, listed, and classified by a later rule.
        outcome TEXT CHECK (outcome IN ('GRANTED', 'DENIED_UNKNOWN', 'DENIED_NO_RIGHTS',
          'DENIED_SCHEDULE', 'DENIED_EXPIRED', 'DENIED_LOST', 'DENIED_BLOCKED', 'DENIED_APB',
          'DOOR_FORCED', 'DOOR_HELD', 'REX'))
      ) STRICT;

      -- An access point as the building system prints it ('' where the export has no such column),
      -- with the site's door it was recognised as.
      CREATE TABLE building_access_points (
        id INTEGER PRIMARY KEY,
        door_name TEXT NOT NULL,
        reader_name TEXT NOT NULL,
        direction TEXT NOT NULL,
        door_id TEXT REFERENCES doors (id) ON DELETE SET NULL,
        UNIQUE (door_name, reader_name, direction)
      ) STRICT;

      -- A card number as printed: \`printed\` is its comparable form (no leading zeros, hex in
      -- capitals without separators; '' for an event without a card), \`card_number\` the text as
      -- first seen. The same printed number is the same card for deduplication, whatever rule.
      CREATE TABLE building_cards (
        id INTEGER PRIMARY KEY,
        facility TEXT NOT NULL,
        printed TEXT NOT NULL,
        card_number TEXT NOT NULL,
        UNIQUE (facility, printed)
      ) STRICT;

      -- The tag a card number is under a card rule (two vendors may print one number for
      -- different cards). An event's tag is its card's match under its own import's rule; an
      -- import refreshes the matches of the numbers it saw against the current tag register.
      CREATE TABLE building_card_matches (
        card_id INTEGER NOT NULL REFERENCES building_cards (id),
        card_rule TEXT NOT NULL,
        card_uid TEXT,
        card_match TEXT CHECK (card_match IN ('exact', 'candidate', 'ambiguous')),
        PRIMARY KEY (card_id, card_rule)
      ) STRICT, WITHOUT ROWID;
      ALTER TABLE building_imports ADD COLUMN card_rule TEXT;
      UPDATE building_imports SET card_rule = json_extract(detected, '$.cardRule');

      CREATE TABLE building_holders (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        employee_id TEXT NOT NULL,
        company TEXT NOT NULL,
        UNIQUE (name, employee_id, company)
      ) STRICT;

      CREATE TABLE building_events (
        occurred_at INTEGER NOT NULL,
        point_id INTEGER NOT NULL,
        card_id INTEGER NOT NULL,
        text_id INTEGER NOT NULL,
        utc_offset INTEGER NOT NULL CHECK (utc_offset BETWEEN -900 AND 900),
        holder_id INTEGER,
        import_id INTEGER NOT NULL,
        PRIMARY KEY (occurred_at, point_id, card_id, text_id)
      ) STRICT, WITHOUT ROWID;
    `);
    moveEvents(db);
    db.exec(`
      DROP TABLE access_events;
      CREATE VIEW access_events AS
      SELECT
        e.occurred_at,
        strftime('%Y-%m-%d %H:%M:%S', e.occurred_at / 1000 + e.utc_offset * 60, 'unixepoch')
          AS local_time,
        e.utc_offset,
        t.outcome,
        t.text AS event_text,
        p.door_id,
        p.door_name,
        NULLIF(p.reader_name, '') AS reader_name,
        NULLIF(p.direction, '') AS direction,
        NULLIF(c.card_number, '') AS card_number,
        NULLIF(c.facility, '') AS card_facility,
        m.card_uid,
        m.card_match,
        NULLIF(h.name, '') AS holder_name,
        NULLIF(h.employee_id, '') AS employee_id,
        NULLIF(h.company, '') AS company,
        e.import_id,
        e.point_id,
        e.card_id,
        e.text_id,
        e.holder_id
      FROM building_events e
      JOIN building_event_texts t ON t.id = e.text_id
      JOIN building_access_points p ON p.id = e.point_id
      JOIN building_cards c ON c.id = e.card_id
      JOIN building_imports i ON i.id = e.import_id
      LEFT JOIN building_card_matches m ON m.card_id = e.card_id AND m.card_rule = i.card_rule
      LEFT JOIN building_holders h ON h.id = e.holder_id;
    `);
  },
};

interface OldEvent {
  id: number;
  occurred_at: number;
  local_time: string;
  outcome: string | null;
  event_text: string;
  door_id: string | null;
  door_name: string;
  reader_name: string | null;
  direction: string | null;
  card_number: string | null;
  card_uid: string | null;
  card_match: string | null;
  holder_name: string | null;
  employee_id: string | null;
  company: string | null;
  import_id: number;
  dedup_key: string;
}

/** Copies the events 0060 stored into the dictionaries and the slim table, a batch at a time. */
function moveEvents(db: Parameters<Migration['up']>[0]): void {
  const batch = db.prepare<[number], OldEvent>(
    'SELECT * FROM access_events WHERE id > ? ORDER BY id LIMIT 5000',
  );
  /** Every dictionary write is an upsert that returns the row's id, remembered per key. */
  const idOf = (upsert: string) => {
    const ids = new Map<string, number>();
    const statement = db.prepare<(string | null)[], { id: number }>(`${upsert} RETURNING id`);
    return (key: string, ...values: (string | null)[]): number => {
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = statement.get(...values)!.id));
      return id;
    };
  };
  const text = idOf(
    `INSERT INTO building_event_texts (text, outcome) VALUES (?, ?)
     ON CONFLICT (text) DO UPDATE SET outcome = coalesce(outcome, excluded.outcome)`,
  );
  const point = idOf(
    // 0060 did not tie door_id to doors: a door removed from the site since then becomes NULL.
    `INSERT INTO building_access_points (door_name, reader_name, direction, door_id)
     VALUES (?, ?, ?, (SELECT id FROM doors WHERE id = ?))
     ON CONFLICT DO UPDATE SET door_id = coalesce(door_id, excluded.door_id)`,
  );
  const card = idOf(
    `INSERT INTO building_cards (facility, printed, card_number) VALUES (?, ?, ?)
     ON CONFLICT DO UPDATE SET card_number = card_number`,
  );
  const holder = idOf(
    `INSERT INTO building_holders (name, employee_id, company) VALUES (?, ?, ?)
     ON CONFLICT DO UPDATE SET name = excluded.name`,
  );
  const match = db.prepare(
    `INSERT INTO building_card_matches (card_id, card_rule, card_uid, card_match)
     SELECT ?, card_rule, ?, ? FROM building_imports WHERE id = ? AND card_rule IS NOT NULL
     ON CONFLICT DO NOTHING`,
  );
  const insert = db.prepare(
    `INSERT INTO building_events (occurred_at, point_id, card_id, text_id, utc_offset, holder_id, import_id)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  for (let last = 0; ;) {
    const rows = batch.all(last);
    if (rows.length === 0) return;
    for (const e of rows) {
      // 0060's key was "door|facility:printed|outcome"; the facility code lived only there.
      const facility = /\|([^|:]*):[^|]*\|/.exec(e.dedup_key)?.[1] ?? '';
      const number = e.card_number ?? '';
      const printed = /^\d+$/.test(number)
        ? number.replace(/^0+(?=\d)/, '')
        : number.replace(/[\s:-]/g, '').toUpperCase();
      const [reader, direction] = [e.reader_name ?? '', e.direction ?? ''];
      const who = [e.holder_name ?? '', e.employee_id ?? '', e.company ?? ''] as const;
      const cardId = card(`${facility}\0${printed}`, facility, printed, number);
      match.run(cardId, e.card_uid, e.card_match, e.import_id);
      insert.run(
        e.occurred_at,
        point(`${e.door_name}\0${reader}\0${direction}`, e.door_name, reader, direction, e.door_id),
        cardId,
        text(e.event_text, e.event_text, e.outcome),
        Math.round((Date.parse(`${e.local_time.replace(' ', 'T')}Z`) - e.occurred_at) / 60_000),
        who.some(Boolean) ? holder(who.join('\0'), ...who) : null,
        e.import_id,
      );
    }
    last = rows.at(-1)!.id;
  }
}
