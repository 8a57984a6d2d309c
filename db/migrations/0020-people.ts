import type { Migration } from './types';

/** Staff of our own company, partner staff and contractors: the people reconciliation compares. */
export const migration: Migration = {
  version: 20,
  name: 'people',
  up(db) {
    db.exec(`
      CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        employee_id TEXT UNIQUE COLLATE NOCASE,
        first_name TEXT NOT NULL,
        -- Dutch tussenvoegsel ("van der"): sorted on the last name, printed before it.
        name_prefix TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL,
        organisation_id INTEGER REFERENCES organisations (id),
        department TEXT,
        job_title TEXT,
        start_date TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
        -- Leavers keep their row with an end date, so history stays true.
        end_date TEXT CHECK (end_date IS NULL OR date(end_date) = end_date),
        profile_id TEXT REFERENCES profiles (id),
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      ) STRICT;
      CREATE INDEX people_by_name ON people (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
      CREATE INDEX people_by_organisation ON people (organisation_id);
    `);
  },
};
