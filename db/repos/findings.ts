/** Reconciliation runs, and the findings kept across them by their stable key. */
import type { FindingState, FindingStatus, Severity } from '../../vocabulary';
import type { Db } from '../open';

export interface FindingRow extends FindingState {
  id: number;
  key: string;
  kind: string;
  severity: Severity;
  detail: string;
}

export interface RunRow {
  id: number;
  ranAt: string;
  asOf: string;
  runBy: string;
  counts: string;
}

const columns = `id, finding_key AS key, kind, severity, status, status_note AS statusNote,
  status_at AS statusAt, status_by AS statusBy, accepted_until AS acceptedUntil,
  first_run_id AS firstRunId, last_run_id AS lastRunId, detail`;

export function findingsRepo(db: Db) {
  const byKey = db.prepare<[string], FindingRow>(
    `SELECT ${columns} FROM findings WHERE finding_key = ?`,
  );
  const byId = db.prepare<[number], FindingRow>(`SELECT ${columns} FROM findings WHERE id = ?`);
  const insert = db.prepare(
    `INSERT INTO findings (finding_key, kind, severity, status, status_at, status_by, first_run_id, last_run_id, detail)
     VALUES (@key, @kind, @severity, 'open', @at, @by, @runId, @runId, @detail)`,
  );
  const seen = db.prepare(
    'UPDATE findings SET severity = @severity, last_run_id = @runId, detail = @detail WHERE id = @id',
  );
  const status = db.prepare(
    `UPDATE findings SET status = @status, status_note = @note, status_at = @at, status_by = @by,
       accepted_until = @until WHERE id = @id`,
  );
  return {
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    startRun: (r: { ranAt: string; asOf: string; runBy: string }): number =>
      Number(
        db
          .prepare(
            "INSERT INTO reconcile_runs (ran_at, as_of, run_by, counts) VALUES (?, ?, ?, '{}')",
          )
          .run(r.ranAt, r.asOf, r.runBy).lastInsertRowid,
      ),
    finishRun: (id: number, counts: object) =>
      void db
        .prepare('UPDATE reconcile_runs SET counts = ? WHERE id = ?')
        .run(JSON.stringify(counts), id),
    runs: (limit = 24): RunRow[] =>
      db
        .prepare<[number], RunRow>(
          'SELECT id, ran_at AS ranAt, as_of AS asOf, run_by AS runBy, counts FROM reconcile_runs ORDER BY id DESC LIMIT ?',
        )
        .all(limit),
    byKey: (key: string) => byKey.get(key) ?? null,
    byId: (id: number) => byId.get(id) ?? null,
    insert: (f: {
      key: string;
      kind: string;
      severity: Severity;
      at: string;
      by: string;
      runId: number;
      detail: string;
    }) => void insert.run(f),
    seen: (f: { id: number; severity: Severity; runId: number; detail: string }) =>
      void seen.run(f),
    setStatus: (s: {
      id: number;
      status: FindingStatus;
      note: string | null;
      until: string | null;
      at: string;
      by: string;
    }) => void status.run(s),
    all: (): FindingRow[] =>
      db.prepare<[], FindingRow>(`SELECT ${columns} FROM findings ORDER BY id`).all(),
  };
}
export type FindingsRepo = ReturnType<typeof findingsRepo>;
