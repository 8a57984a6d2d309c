/** What an attacker with the database file can do to the audit trail, for the tests that must catch it. */
import Database from 'better-sqlite3';
import { auditHash, genesisHash } from '../../db/audit-chain';
import type { AuditEntry } from '../../vocabulary';

/**
 * Drops the triggers, removes entry `removed`, renumbers and re-hashes every later entry and the
 * head, and puts the triggers back: the chain alone is whole again.
 */
export function rewriteChainWithout(file: string, removed: number): void {
  const raw = new Database(file);
  const triggers = raw
    .prepare<[], string>(
      "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('audit_log', 'audit_head')",
    )
    .pluck()
    .all();
  raw.exec(
    'DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_head_no_delete; DROP TRIGGER audit_log_head;',
  );
  const rows = raw
    .prepare<[number], AuditEntry & { id: number }>(
      'SELECT id, at, actor, action, subject, detail, screen FROM audit_log WHERE id <> ? ORDER BY id',
    )
    .all(removed);
  raw.exec('DELETE FROM audit_log; DELETE FROM audit_head;');
  let prev = genesisHash;
  const insert = raw.prepare(
    'INSERT INTO audit_log (id, at, actor, action, subject, detail, screen, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  rows.forEach((row, i) => {
    const entry = { ...row, id: i + 1 };
    const hash = auditHash(entry, prev);
    insert.run(
      entry.id,
      row.at,
      row.actor,
      row.action,
      row.subject,
      row.detail,
      row.screen,
      prev,
      hash,
    );
    prev = hash;
  });
  raw.prepare('INSERT INTO audit_head VALUES (1, ?, ?)').run(rows.length, prev);
  for (const sql of triggers) raw.exec(sql);
  raw.close();
}
