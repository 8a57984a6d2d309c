import type { Migration } from './types';

/**
 * A roll call's entries get an id of their own, so they travel between kiosks like every other
 * row (db/central/travelling.ts): a roll call run from two kiosks at once merges its ticks. The
 * pair (roll call, entry) stays unique; the rows are copied as they were.
 */
export const migration: Migration = {
  version: 200,
  name: 'roll-call-entry-ids',
  up(db) {
    db.exec(`
      CREATE TABLE roll_call_entries_new (
        id INTEGER PRIMARY KEY,
        roll_call_id INTEGER NOT NULL REFERENCES roll_calls (id) ON DELETE CASCADE,
        entry_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('visitor', 'staff')),
        name TEXT NOT NULL,
        detail TEXT,
        accounted_at TEXT,
        UNIQUE (roll_call_id, entry_key)
      ) STRICT;
      INSERT INTO roll_call_entries_new (roll_call_id, entry_key, kind, name, detail, accounted_at)
        SELECT roll_call_id, entry_key, kind, name, detail, accounted_at FROM roll_call_entries
        ORDER BY roll_call_id, entry_key;
      DROP TABLE roll_call_entries;
      ALTER TABLE roll_call_entries_new RENAME TO roll_call_entries;
    `);
  },
};
