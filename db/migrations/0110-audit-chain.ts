import { auditHash, genesisHash } from '../audit-chain';
import type { Migration } from './types';

/**
 * The audit trail becomes append-only and hash-chained: each entry carries the hash of the one
 * before it, and the newest entry's id and hash are kept apart (audit_head), so an entry changed,
 * removed from the middle or from the end is found by `lobby audit verify`. Triggers refuse
 * UPDATE and DELETE; the chain catches whoever removes the triggers first. The entries there
 * were get their hashes now, in order.
 */
export const migration: Migration = {
  version: 110,
  name: 'audit chain',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN screen TEXT;
      ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
      ALTER TABLE audit_log ADD COLUMN hash TEXT;
      CREATE TABLE audit_head (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        last_id INTEGER NOT NULL,
        last_hash TEXT NOT NULL
      ) STRICT;
    `);
    let prev = genesisHash;
    const rows = db
      .prepare<
        [],
        {
          id: number;
          at: string;
          actor: string;
          action: string;
          subject: string | null;
          detail: string | null;
        }
      >('SELECT id, at, actor, action, subject, detail FROM audit_log ORDER BY id')
      .all();
    const set = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
    for (const r of rows) {
      const hash = auditHash({ ...r, screen: null }, prev);
      set.run(prev, hash, r.id);
      prev = hash;
    }
    const last = rows.at(-1);
    if (last) db.prepare('INSERT INTO audit_head VALUES (1, ?, ?)').run(last.id, prev);
    db.exec(`
      CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log BEGIN
        INSERT INTO audit_head VALUES (1, NEW.id, NEW.hash)
          ON CONFLICT (one) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash;
      END;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
      END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
      END;
      CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
      END;
    `);
  },
};
