import type { Migration } from './types';

/** The tag register, who held which tag when, and incidents such as a lost badge. */
export const migration: Migration = {
  version: 30,
  name: 'tags',
  up(db) {
    db.exec(`
      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        -- Canonical: uppercase hex in anticollision order, no separators.
        uid TEXT NOT NULL UNIQUE
          CHECK (length(uid) IN (8, 14, 20) AND uid NOT GLOB '*[^0-9A-F]*'),
        tag_type TEXT,
        pool TEXT NOT NULL CHECK (pool IN ('staff', 'visitor')),
        -- Visitor badges carry a printed label such as BEZ-01.
        label TEXT UNIQUE COLLATE NOCASE,
        status TEXT NOT NULL
          CHECK (status IN ('available', 'active', 'returned', 'lost', 'not_returned', 'replaced')),
        status_since TEXT NOT NULL,
        enrolled_at TEXT NOT NULL,
        notes TEXT
      ) STRICT;

      -- Append-only apart from closing the open row: reassignment ends one period and starts another.
      CREATE TABLE tag_custody (
        id INTEGER PRIMARY KEY,
        tag_id INTEGER NOT NULL REFERENCES tags (id),
        holder_kind TEXT NOT NULL CHECK (holder_kind IN ('person', 'visitor_pool')),
        person_id INTEGER REFERENCES people (id),
        started_at TEXT NOT NULL,
        ended_at TEXT,
        end_reason TEXT
          CHECK (end_reason IN ('returned', 'lost', 'not_returned', 'replaced', 'reassigned')),
        recorded_by TEXT NOT NULL,
        note TEXT,
        CHECK ((holder_kind = 'person') = (person_id IS NOT NULL)),
        CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
        CHECK (ended_at IS NULL OR ended_at >= started_at)
      ) STRICT;
      CREATE UNIQUE INDEX tag_custody_one_open ON tag_custody (tag_id) WHERE ended_at IS NULL;
      CREATE INDEX tag_custody_by_person ON tag_custody (person_id);

      CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('tag_lost', 'tag_not_returned', 'tag_found')),
        tag_id INTEGER REFERENCES tags (id),
        person_id INTEGER REFERENCES people (id),
        occurred_at TEXT NOT NULL,
        reported_by TEXT NOT NULL,
        note TEXT,
        -- Lobby cannot block a tag itself; the building manager must, and this records that they did.
        building_notified_at TEXT,
        resolved_at TEXT
      ) STRICT;
      CREATE INDEX incidents_open ON incidents (resolved_at, occurred_at);
    `);
  },
};
