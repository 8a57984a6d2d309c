import type { Migration } from './types';

/**
 * What the retention schedule removed: by category and count, with the cut-off it used, never
 * by name. The privacy officer's proof that personal data is deleted on time.
 */
export const migration: Migration = {
  version: 120,
  name: 'deletion log',
  up(db) {
    db.exec(`
      CREATE TABLE deletion_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        category TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        cutoff TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('retention', 'request'))
      ) STRICT;
    `);
  },
};
