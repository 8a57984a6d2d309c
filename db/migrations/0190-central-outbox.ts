import type { Migration } from './types';

/**
 * A kiosk's side of the central store. `central_state` holds this kiosk's name, its credentials,
 * its hybrid logical clock and its place in the central change log; `central_outbox` the changes
 * waiting to be pushed, numbered per kiosk and written by triggers in the same transaction as the
 * change itself (db/central/capture.ts installs them on joining); `central_rows` each travelling
 * row's global key and the clock of each of its fields; `central_pending` changes from elsewhere
 * that wait for a row they refer to; `central_conflicts` what a rule decided against this kiosk
 * (a badge given out here while another kiosk gave it out first), for the office manager;
 * `central_kiosks` when each other kiosk was last heard of.
 */
export const migration: Migration = {
  version: 190,
  name: 'central-outbox',
  up(db) {
    db.exec(`
      CREATE TABLE central_state (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        kiosk TEXT NOT NULL CHECK (length(kiosk) BETWEEN 1 AND 40),
        credentials TEXT NOT NULL,
        hlc INTEGER NOT NULL DEFAULT 0,
        applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1)),
        cursor INTEGER NOT NULL DEFAULT 0,
        joined_at TEXT NOT NULL,
        last_push_at TEXT,
        last_pull_at TEXT,
        last_failure_at TEXT
      ) STRICT;
      CREATE TABLE central_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        tbl TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
        cols TEXT CHECK (cols IS NULL OR json_valid(cols)),
        gkey TEXT,
        hlc INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE central_rows (
        tbl TEXT NOT NULL,
        gkey TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        clocks TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(clocks)),
        PRIMARY KEY (tbl, gkey)
      ) STRICT;
      CREATE INDEX central_rows_local ON central_rows (tbl, local_id);
      CREATE TABLE central_pending (
        id INTEGER PRIMARY KEY,
        change TEXT NOT NULL CHECK (json_valid(change)),
        reason TEXT NOT NULL,
        received_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE central_conflicts (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('badgeGivenTwice', 'signedInTwice')),
        tbl TEXT NOT NULL,
        kept TEXT NOT NULL,
        undone TEXT NOT NULL,
        seen_at TEXT
      ) STRICT;
      CREATE TABLE central_kiosks (
        name TEXT PRIMARY KEY,
        last_change_at TEXT,
        last_contact_at TEXT
      ) STRICT;
    `);
  },
};
