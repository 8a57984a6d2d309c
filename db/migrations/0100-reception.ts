import type { Migration } from './types';

/**
 * Reception: what a visit goes through at the desk (purpose, privacy notice accepted, picked up
 * by the host, badge handed out, closed at the end of the day with a reason), the hosts' e-mail
 * addresses, the outbox of notifications to hosts, staff tapping in and out at the kiosk, and
 * roll calls during a drill or an evacuation.
 */
export const migration: Migration = {
  version: 100,
  name: 'reception',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN email TEXT CHECK (email IS NULL OR length(email) <= 254);
      ALTER TABLE visits ADD COLUMN purpose TEXT
        CHECK (purpose IS NULL OR purpose IN ('meeting', 'interview', 'delivery', 'contractor', 'other'));
      ALTER TABLE visits ADD COLUMN expected_time TEXT;
      -- Asked only where the site turns it on.
      ALTER TABLE visits ADD COLUMN visitor_phone TEXT CHECK (visitor_phone IS NULL OR length(visitor_phone) <= 30);
      ALTER TABLE visits ADD COLUMN visitor_locale TEXT CHECK (visitor_locale IS NULL OR visitor_locale IN ('nl', 'en'));
      ALTER TABLE visits ADD COLUMN privacy_accepted_at TEXT;
      ALTER TABLE visits ADD COLUMN picked_up_at TEXT;
      ALTER TABLE visits ADD COLUMN badge_issued_at TEXT;
      ALTER TABLE visits ADD COLUMN closed_at TEXT;
      ALTER TABLE visits ADD COLUMN close_reason TEXT CHECK (close_reason IS NULL OR length(close_reason) <= 500);
      CREATE INDEX visits_by_badge_open ON visits (badge_tag_id) WHERE badge_returned_at IS NULL;

      -- The outbox: a notification is written in the same transaction as the visit it is about,
      -- and sent from here with retries, so an outage loses nothing and nothing goes twice.
      CREATE TABLE notifications (
        id INTEGER PRIMARY KEY,
        visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('arrival', 'overdue')),
        channel TEXT NOT NULL CHECK (channel IN ('email', 'webhook')),
        recipient TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (visit_id, kind, channel)
      ) STRICT;
      CREATE INDEX notifications_due ON notifications (status, next_attempt_at);

      -- Staff who tapped in or out at the kiosk (a site option), for the evacuation list.
      CREATE TABLE presence_taps (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people (id),
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        at TEXT NOT NULL,
        day TEXT NOT NULL CHECK (date(day) = day)
      ) STRICT;
      CREATE INDEX presence_by_day ON presence_taps (day, person_id);

      CREATE TABLE roll_calls (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        started_by TEXT NOT NULL,
        ended_at TEXT,
        ended_by TEXT,
        reason TEXT NOT NULL CHECK (reason IN ('drill', 'evacuation'))
      ) STRICT;
      CREATE TABLE roll_call_entries (
        roll_call_id INTEGER NOT NULL REFERENCES roll_calls (id) ON DELETE CASCADE,
        entry_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('visitor', 'staff')),
        name TEXT NOT NULL,
        detail TEXT,
        accounted_at TEXT,
        PRIMARY KEY (roll_call_id, entry_key)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
