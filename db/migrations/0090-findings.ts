import type { Migration } from './types';

/**
 * Reconciliation runs and the findings they keep: one row per finding by its stable key (kind and
 * subject), worked off through its status, with the last run's evidence as JSON.
 */
export const migration: Migration = {
  version: 90,
  name: 'findings',
  up(db) {
    db.exec(`
      CREATE TABLE reconcile_runs (
        id INTEGER PRIMARY KEY,
        ran_at TEXT NOT NULL,
        as_of TEXT NOT NULL,
        run_by TEXT NOT NULL,
        counts TEXT NOT NULL CHECK (json_valid(counts))
      ) STRICT;

      CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        finding_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
        status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved', 'accepted')),
        status_note TEXT,
        status_at TEXT NOT NULL,
        status_by TEXT NOT NULL,
        -- An accepted risk is accepted until then; after it the finding is open again.
        accepted_until TEXT,
        first_run_id INTEGER NOT NULL REFERENCES reconcile_runs (id),
        last_run_id INTEGER NOT NULL REFERENCES reconcile_runs (id),
        detail TEXT NOT NULL CHECK (json_valid(detail)),
        CHECK (status <> 'accepted' OR accepted_until IS NOT NULL)
      ) STRICT;
      CREATE INDEX findings_by_status ON findings (status, severity);
    `);
  },
};
