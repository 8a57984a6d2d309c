import type { Migration } from './types';

/**
 * Named operators with roles instead of one shared PIN. The PIN that was set becomes the first
 * privacy officer's ("Beheerder"), so the kiosk keeps working after the upgrade; it can be renamed
 * and other operators added.
 */
export const migration: Migration = {
  version: 130,
  name: 'operators',
  up(db) {
    db.exec(`
      CREATE TABLE operators (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
        role TEXT NOT NULL CHECK (role IN ('receptionist', 'officeManager', 'privacyOfficer')),
        -- Their own staff badge: tapping it names them at the PIN pad.
        person_id INTEGER REFERENCES people (id),
        pin TEXT NOT NULL CHECK (json_valid(pin)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        disabled_at TEXT
      ) STRICT;
    `);
    const legacy = db
      .prepare<[], string>("SELECT value FROM settings WHERE key = 'staff.pin'")
      .pluck()
      .get();
    if (legacy) {
      db.prepare(
        `INSERT INTO operators (name, role, pin, created_at, created_by)
         VALUES ('Beheerder', 'privacyOfficer', ?, strftime('%Y-%m-%dT%H:%M:%fZ'), 'migration')`,
      ).run(legacy);
      db.prepare("DELETE FROM settings WHERE key = 'staff.pin'").run();
    }
  },
};
