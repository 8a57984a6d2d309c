import type { Migration } from './types';

/**
 * Every try to unlock the console, so the back-off after wrong PINs survives a restart (a kiosk
 * that forgets its failures on a reboot can be guessed open). Only the time and the outcome.
 */
export const migration: Migration = {
  version: 80,
  name: 'unlock-attempts',
  up(db) {
    db.exec(`
      CREATE TABLE unlock_attempts (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1))
      ) STRICT;
    `);
  },
};
