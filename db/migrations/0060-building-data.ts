import type { Migration } from './types';

/**
 * What the building manager's exports say: every import with its fingerprint and detected
 * format, the door events (UTC instant and site-local wall time) and the cardholder lists.
 * `dedup_key` makes importing the same or an overlapping export twice add nothing twice.
 */
export const migration: Migration = {
  version: 60,
  name: 'building-data',
  up(db) {
    db.exec(`
      CREATE TABLE building_imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        source TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('events', 'cardholders')),
        detected TEXT NOT NULL CHECK (json_valid(detected)),
        rows INTEGER NOT NULL DEFAULT 0,
        imported INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX building_imports_by_sha ON building_imports (sha256);

      CREATE TABLE access_events (
        id INTEGER PRIMARY KEY,
        occurred_at INTEGER NOT NULL,
        local_time TEXT NOT NULL,
        -- Canonical outcome (NULL: a text nobody recognised yet) and card_match are written only by
        -- the importer's own classifier. No CHECK (… IN …) here: measured, it costs about as much
        -- per row as the rest of the insert, on a table meant for millions of rows.
        outcome TEXT,
        event_text TEXT NOT NULL,
        door_id TEXT,
        door_name TEXT NOT NULL,
        reader_name TEXT,
        direction TEXT,
        card_number TEXT,
        card_uid TEXT,
        card_match TEXT,
        holder_name TEXT,
        employee_id TEXT,
        company TEXT,
        import_id INTEGER NOT NULL REFERENCES building_imports (id),
        -- Door, card as printed and outcome; with the time it identifies an event. The unique
        -- index leads with the time, so it also serves every time-range query, and a log (which
        -- runs forward in time) appends to it instead of scattering writes: one index, not three.
        dedup_key TEXT NOT NULL,
        UNIQUE (occurred_at, dedup_key)
      ) STRICT;

      CREATE TABLE building_cardholders (
        id INTEGER PRIMARY KEY,
        import_id INTEGER NOT NULL REFERENCES building_imports (id),
        row_number INTEGER NOT NULL,
        user_id TEXT,
        employee_id TEXT,
        full_name TEXT,
        first_name TEXT,
        name_prefix TEXT,
        last_name TEXT,
        company TEXT,
        department TEXT,
        card_number TEXT,
        card_uid TEXT,
        card_match TEXT CHECK (card_match IN ('exact', 'candidate', 'ambiguous')),
        card_type TEXT,
        status TEXT NOT NULL CHECK (status IN ('active', 'blocked', 'lost', 'expired', 'inactive')),
        status_text TEXT,
        blocked_since TEXT,
        valid_from TEXT,
        valid_to TEXT,
        access_levels TEXT NOT NULL CHECK (json_valid(access_levels)),
        note TEXT,
        dedup_key TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE INDEX building_cardholders_by_card ON building_cardholders (card_uid);

      -- The office manager's own event-text rules, tried before the built-in vocabulary.
      CREATE TABLE event_text_rules (
        id INTEGER PRIMARY KEY,
        words TEXT NOT NULL UNIQUE,
        outcome TEXT NOT NULL CHECK (outcome IN ('GRANTED', 'DENIED_UNKNOWN', 'DENIED_NO_RIGHTS',
          'DENIED_SCHEDULE', 'DENIED_EXPIRED', 'DENIED_LOST', 'DENIED_BLOCKED', 'DENIED_APB',
          'DOOR_FORCED', 'DOOR_HELD', 'REX'))
      ) STRICT;
    `);
  },
};
