import type { Migration } from './types';

/**
 * Organisations, zones, doors, schedules, expected profiles and the building's access levels.
 * `position` keeps every list in the order the office manager gave it, so an export of an
 * imported site configuration is the same file.
 */
export const migration: Migration = {
  version: 10,
  name: 'site-model',
  up(db) {
    db.exec(`
      CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('own', 'partner', 'contractor', 'tenant')),
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- Exports spell company names their own way; every spelling points at one organisation.
      CREATE TABLE organisation_aliases (
        alias TEXT PRIMARY KEY COLLATE NOCASE,
        organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX organisation_aliases_by_org ON organisation_aliases (organisation_id);

      CREATE TABLE zones (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        own_floor INTEGER NOT NULL CHECK (own_floor IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE doors (
        id TEXT PRIMARY KEY,
        zone_id TEXT NOT NULL REFERENCES zones (id),
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out', 'both')),
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- A door is printed differently by each system (access point, reader, English label).
      CREATE TABLE door_names (
        door_id TEXT NOT NULL REFERENCES doors (id) ON DELETE CASCADE,
        name TEXT NOT NULL COLLATE NOCASE,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (door_id, name)
      ) STRICT;
      CREATE INDEX door_names_by_name ON door_names (name);

      CREATE TABLE schedules (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- days: bit 0 = Monday … bit 6 = Sunday (ISO weekday - 1). Minutes are site-local wall time,
      -- so a window means the same hours on both sides of a DST change.
      CREATE TABLE schedule_windows (
        id INTEGER PRIMARY KEY,
        schedule_id TEXT NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
        days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 127),
        from_minute INTEGER NOT NULL CHECK (from_minute BETWEEN 0 AND 1439),
        to_minute INTEGER NOT NULL CHECK (to_minute BETWEEN 1 AND 1440),
        CHECK (to_minute > from_minute)
      ) STRICT;
      CREATE INDEX schedule_windows_by_schedule ON schedule_windows (schedule_id);

      CREATE TABLE profiles (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE profile_rules (
        id INTEGER PRIMARY KEY,
        profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
        schedule_id TEXT NOT NULL REFERENCES schedules (id)
      ) STRICT;
      CREATE INDEX profile_rules_by_profile ON profile_rules (profile_id);

      CREATE TABLE profile_rule_zones (
        rule_id INTEGER NOT NULL REFERENCES profile_rules (id) ON DELETE CASCADE,
        zone_id TEXT NOT NULL REFERENCES zones (id),
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (rule_id, zone_id)
      ) STRICT, WITHOUT ROWID;

      -- The building manager's access levels, by the name their system prints, and what each grants.
      CREATE TABLE building_levels (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE building_level_grants (
        id INTEGER PRIMARY KEY,
        level_id INTEGER NOT NULL REFERENCES building_levels (id) ON DELETE CASCADE,
        schedule_id TEXT NOT NULL REFERENCES schedules (id)
      ) STRICT;
      CREATE INDEX building_level_grants_by_level ON building_level_grants (level_id);

      CREATE TABLE building_level_grant_zones (
        grant_id INTEGER NOT NULL REFERENCES building_level_grants (id) ON DELETE CASCADE,
        zone_id TEXT NOT NULL REFERENCES zones (id),
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (grant_id, zone_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
