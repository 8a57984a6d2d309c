import type { Migration } from './types';

/** Visits: who came, for whom, when, and which visitor badge they carried. */
export const migration: Migration = {
  version: 40,
  name: 'visits',
  up(db) {
    db.exec(`
      CREATE TABLE visits (
        id INTEGER PRIMARY KEY,
        -- A reference from an earlier system (V0001) or printed on the kiosk's receipt.
        reference TEXT UNIQUE,
        visitor_name TEXT NOT NULL,
        visitor_company TEXT,
        host_person_id INTEGER REFERENCES people (id),
        visit_date TEXT NOT NULL CHECK (date(visit_date) = visit_date),
        checked_in_at TEXT,
        checked_out_at TEXT,
        badge_tag_id INTEGER REFERENCES tags (id),
        badge_returned_at TEXT,
        source TEXT NOT NULL CHECK (source IN ('self', 'reception', 'import')),
        created_at TEXT NOT NULL,
        CHECK (checked_out_at IS NULL OR checked_in_at IS NOT NULL)
      ) STRICT;
      CREATE INDEX visits_by_date ON visits (visit_date);
      CREATE INDEX visits_present ON visits (checked_out_at) WHERE checked_out_at IS NULL;
      CREATE INDEX visits_by_badge ON visits (badge_tag_id);
    `);
  },
};
