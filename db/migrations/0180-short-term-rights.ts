import type { Migration } from './types';

/**
 * Short-term rights: the privacy officer gives an operator a higher role until a moment (at most
 * 24 hours), or in an emergency an office manager takes the privacy officer's rights for one hour
 * ("break glass"). Each with its reason; ended early by `ended_at`, else by its own `until`.
 */
export const migration: Migration = {
  version: 180,
  name: 'short-term-rights',
  up(db) {
    db.exec(`
      CREATE TABLE role_grants (
        id INTEGER PRIMARY KEY,
        operator_id INTEGER NOT NULL REFERENCES operators (id),
        role TEXT NOT NULL CHECK (role IN ('officeManager', 'privacyOfficer')),
        kind TEXT NOT NULL CHECK (kind IN ('grant', 'breakGlass')),
        reason TEXT NOT NULL CHECK (length(reason) >= 3),
        starts_at TEXT NOT NULL,
        until TEXT NOT NULL CHECK (until > starts_at),
        given_by TEXT NOT NULL,
        ended_at TEXT,
        ended_by TEXT
      ) STRICT;
      CREATE INDEX role_grants_of_operator ON role_grants (operator_id, until);
    `);
  },
};
