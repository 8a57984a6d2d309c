import type { Migration } from './types';

/**
 * The incident register: every security incident, reported by an operator or proposed by Lobby
 * from what it saw, classified by the privacy officer (no incident, security incident, data
 * breach) with the 72-hour clock of art. 33 GDPR for a reportable breach. Today's rows (a badge
 * lost or not handed in) are carried over as Lobby's proposals; the building's to-do for them
 * (`building_notified_at`) stays as it was. `officer_notices` is the privacy officer's own
 * outbox: told of each report (and of a break-glass), reminded at 24, 48 and 64 hours, each once.
 */
export const migration: Migration = {
  version: 170,
  name: 'incident-register',
  up(db) {
    db.exec(`
      ALTER TABLE incidents RENAME TO incidents_before_register;
      CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        origin TEXT NOT NULL CHECK (origin IN ('lobby', 'operator')),
        source TEXT NOT NULL CHECK (source IN ('report', 'tag_lost', 'tag_not_returned',
          'tag_found', 'finding', 'audit_chain', 'pin_burst', 'backup_overdue', 'backup_restored')),
        status TEXT NOT NULL CHECK (status IN ('proposed', 'open', 'dismissed', 'closed')),
        -- An operator's own words; Lobby's proposals are named on screen by their source.
        title TEXT,
        what TEXT,
        affected TEXT,
        occurred_at TEXT,
        -- The moment of awareness: the 72-hour clock runs from here.
        aware_at TEXT NOT NULL,
        reported_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        tag_id INTEGER REFERENCES tags (id),
        person_id INTEGER REFERENCES people (id),
        visit_id INTEGER REFERENCES visits (id) ON DELETE SET NULL,
        finding_id INTEGER REFERENCES findings (id) ON DELETE SET NULL,
        evidence TEXT CHECK (evidence IS NULL OR json_valid(evidence)),
        -- One proposal per thing Lobby saw, however often it looks.
        proposal_key TEXT UNIQUE,
        decision_reason TEXT,
        decided_at TEXT,
        decided_by TEXT,
        classification TEXT CHECK (classification IN ('no_incident', 'security_incident', 'data_breach')),
        classification_reason TEXT,
        reportable INTEGER CHECK (reportable IN (0, 1)),
        breach TEXT CHECK (breach IS NULL OR json_valid(breach)),
        classified_at TEXT,
        classified_by TEXT,
        reported_at TEXT,
        report_reference TEXT,
        delay_reason TEXT,
        building_notified_at TEXT,
        closed_at TEXT,
        closed_by TEXT,
        CHECK (reportable IS NULL OR coalesce(classification = 'data_breach', 0)),
        CHECK (reported_at IS NULL OR coalesce(reportable = 1, 0))
      ) STRICT;
      INSERT INTO incidents (id, origin, source, status, what, occurred_at, aware_at, reported_by,
        created_at, tag_id, person_id, proposal_key, decision_reason, building_notified_at, closed_at)
      SELECT id, 'lobby', kind, CASE WHEN resolved_at IS NULL THEN 'proposed' ELSE 'closed' END,
        note, occurred_at, occurred_at, reported_by, occurred_at, tag_id, person_id,
        kind || ':' || coalesce(tag_id, '') || ':' || occurred_at,
        CASE WHEN resolved_at IS NULL THEN NULL ELSE 'Handled before the incident register existed: the building was told.' END,
        building_notified_at, resolved_at
      FROM incidents_before_register;
      DROP TABLE incidents_before_register;
      CREATE INDEX incidents_by_status ON incidents (status, aware_at);
      CREATE INDEX incidents_by_tag ON incidents (tag_id);

      CREATE TABLE officer_notices (
        id INTEGER PRIMARY KEY,
        -- What it is about: an incident in the register, or a grant of short-term rights.
        about TEXT NOT NULL CHECK (about IN ('incident', 'grant')),
        about_id INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('reported', 'reminder24', 'reminder48', 'reminder64',
          'breakGlass')),
        channel TEXT NOT NULL CHECK (channel IN ('email', 'webhook')),
        recipient TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (about, about_id, kind, channel)
      ) STRICT;
      CREATE INDEX officer_notices_due ON officer_notices (status, next_attempt_at);
    `);
  },
};
