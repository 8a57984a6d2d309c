import { auditHash, genesisHash, verifyChain, type ChainRow } from '../audit-chain';
import type { AuditEntry as StoredEntry } from '../../vocabulary';
import type { Db } from '../open';

export interface AuditEntry {
  actor: string;
  action: string;
  subject?: string | null;
  detail?: Record<string, unknown> | null;
}
export type AuditRow = StoredEntry;

export interface AuditFilter {
  from: string | null;
  to: string | null;
  actor: string | null;
  action: string | null;
  limit: number;
}

/**
 * Who saw, changed or exported personal data, and when: append-only and hash-chained. An entry
 * is added in one statement that reads the chain's head, so two writers (the kiosk and a command
 * line) can never fork the chain.
 */
export function auditRepo(
  db: Db,
  now: () => Date = () => new Date(),
  /** Where the entry comes from: the contract call or command being served. */
  where: () => string | null = () => null,
) {
  db.function(
    'lobby_audit_hash',
    { deterministic: true },
    (id, at, actor, action, subject, detail, screen, prev) =>
      auditHash(
        {
          id: Number(id),
          at: String(at),
          actor: String(actor),
          action: String(action),
          subject: subject === null ? null : String(subject),
          detail: detail === null ? null : String(detail),
          screen: screen === null ? null : String(screen),
        },
        String(prev),
      ),
  );
  const insert = db.prepare(
    `INSERT INTO audit_log (id, at, actor, action, subject, detail, screen, prev_hash, hash)
     SELECT n.id, @at, @actor, @action, @subject, @detail, @screen, n.prev,
       lobby_audit_hash(n.id, @at, @actor, @action, @subject, @detail, @screen, n.prev)
     FROM (SELECT coalesce((SELECT last_id FROM audit_head), 0) + 1 AS id,
                  coalesce((SELECT last_hash FROM audit_head), '${genesisHash}') AS prev) n`,
  );
  const columns = 'id, at, actor, action, subject, detail, screen';
  const recent = db.prepare<[number], AuditRow>(
    `SELECT ${columns} FROM audit_log ORDER BY id DESC LIMIT ?`,
  );
  const filtered = db.prepare<
    {
      from: string | null;
      to: string | null;
      actor: string | null;
      action: string | null;
      limit: number;
    },
    AuditRow
  >(
    `SELECT ${columns} FROM audit_log
     WHERE (@from IS NULL OR at >= @from) AND (@to IS NULL OR at < @to)
       AND (@actor IS NULL OR actor = @actor) AND (@action IS NULL OR action LIKE @action || '%')
     ORDER BY id DESC LIMIT @limit`,
  );
  const chain = db.prepare<[], ChainRow>(
    `SELECT ${columns}, prev_hash AS prevHash, hash FROM audit_log ORDER BY id`,
  );
  const head = db.prepare<[], { lastId: number; lastHash: string }>(
    'SELECT last_id AS lastId, last_hash AS lastHash FROM audit_head',
  );
  return {
    record(entry: AuditEntry): void {
      insert.run({
        at: now().toISOString(),
        actor: entry.actor,
        action: entry.action,
        subject: entry.subject ?? null,
        detail: entry.detail ? JSON.stringify(entry.detail) : null,
        screen: where(),
      });
    },
    recent(limit: number): AuditRow[] {
      return recent.all(limit);
    },
    find: (filter: AuditFilter): AuditRow[] => filtered.all(filter),
    /** Checks the whole chain; names the first entry that was changed or removed. */
    verify: () => verifyChain(chain.iterate(), head.get() ?? null),
  };
}
export type AuditRepo = ReturnType<typeof auditRepo>;
