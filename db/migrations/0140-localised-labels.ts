import type { Migration } from './types';

/**
 * A zone's and a profile's name in each of the kiosk's languages, where the site file gives them
 * ({"nl": "…", "en": "…"}); the plain label stays what is shown when a language has none.
 */
export const migration: Migration = {
  version: 140,
  name: 'localised labels',
  up(db) {
    db.exec(`
      ALTER TABLE zones ADD COLUMN labels TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(labels));
      ALTER TABLE profiles ADD COLUMN labels TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(labels));
    `);
  },
};
