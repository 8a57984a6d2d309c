import type { Migration } from './types';

/**
 * The BHV team (bedrijfshulpverlening, the in-house emergency response team): a mark on the
 * staff list. Its members open the evacuation list and the roll call by tapping their own badge,
 * without a PIN, in an emergency.
 */
export const migration: Migration = {
  version: 160,
  name: 'bhv-team',
  up(db) {
    db.exec(`ALTER TABLE people ADD COLUMN bhv INTEGER NOT NULL DEFAULT 0 CHECK (bhv IN (0, 1));`);
  },
};
