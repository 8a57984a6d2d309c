import type { Db } from '../open';

export interface AuditEntry {
  actor: string;
  action: string;
  subject?: string | null;
  detail?: Record<string, unknown> | null;
}
export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  detail: string | null;
}

/** Who saw, changed or exported personal data, and when. Rows are only ever added. */
export function auditRepo(db: Db, now: () => Date = () => new Date()) {
  const insert = db.prepare<[string, string, string, string | null, string | null]>(
    'INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)',
  );
  const recent = db.prepare<[number], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?');
  return {
    record(entry: AuditEntry): void {
      insert.run(
        now().toISOString(),
        entry.actor,
        entry.action,
        entry.subject ?? null,
        entry.detail ? JSON.stringify(entry.detail) : null,
      );
    },
    recent(limit: number): AuditRow[] {
      return recent.all(limit);
    },
  };
}
export type AuditRepo = ReturnType<typeof auditRepo>;
