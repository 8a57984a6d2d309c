import {
  auditHash,
  checkAnchors,
  genesisHash,
  verifyChain,
  type ChainAnchor,
  type ChainRow,
} from '../audit-chain';
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
/** The triggers of migration 0110 that refuse changes to the trail and keep its head. */
const guards = [
  'audit_log_head',
  'audit_log_no_update',
  'audit_log_no_delete',
  'audit_head_no_delete',
];

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
  const trigger = db
    .prepare<[string], number>("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?")
    .pluck();
  const hashAt = db.prepare<[number], string>('SELECT hash FROM audit_log WHERE id = ?').pluck();
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
    /**
     * Checks the whole chain, that the triggers keeping it append-only are in place, and the
     * chain against heads recorded outside the database; names the first entry at fault.
     */
    verify(anchors: ChainAnchor[] = []) {
      const verdict = verifyChain(chain.iterate(), head.get() ?? null);
      if (!verdict.ok) return verdict;
      const missing = guards.filter((name) => !trigger.get(name));
      if (missing.length > 0) {
        return {
          ok: false as const,
          entries: verdict.entries,
          firstBadId: null,
          reason: `has lost what keeps it append-only (the triggers ${missing.join(', ')} are gone)`,
        };
      }
      const anchored = checkAnchors((id) => hashAt.get(id) ?? null, anchors);
      return anchored ? { ...anchored, entries: verdict.entries } : verdict;
    },
    /** The chain's newest entry and its hash, to anchor outside the database. */
    head: (): { lastId: number; lastHash: string } | null => head.get() ?? null,
  };
}
export type AuditRepo = ReturnType<typeof auditRepo>;
