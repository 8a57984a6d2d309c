import type { Migration } from './types';

/**
 * Wrong PINs counted per operator where a badge named one, so that a passer-by at the public PIN
 * pad cannot lock every operator out. An attempt without a badge has no operator (null): those
 * are counted on their own and only slow the anonymous pad down.
 */
export const migration: Migration = {
  version: 150,
  name: 'unlock-attempts-per-operator',
  up(db) {
    db.exec(`
      ALTER TABLE unlock_attempts
        ADD COLUMN operator_id INTEGER REFERENCES operators (id) ON DELETE CASCADE;
      CREATE INDEX unlock_attempts_by_operator ON unlock_attempts (operator_id, id);
    `);
  },
};
