/** Roll calls: who was on the evacuation list when it started, and who has been ticked off. */
import type { RollCallReason } from '../../vocabulary';
import type { Db } from '../open';

export interface RollCallRow {
  id: number;
  reason: RollCallReason;
  startedAt: string;
  startedBy: string;
  endedAt: string | null;
  endedBy: string | null;
}

export interface RollCallEntryRow {
  key: string;
  kind: 'visitor' | 'staff';
  name: string;
  detail: string | null;
  accountedAt: string | null;
}

const columns =
  'id, reason, started_at AS startedAt, started_by AS startedBy, ended_at AS endedAt, ended_by AS endedBy';

export function rollCallsRepo(db: Db) {
  const insert = db.prepare(
    'INSERT INTO roll_calls (reason, started_at, started_by) VALUES (?, ?, ?) RETURNING id',
  );
  const insertEntry = db.prepare(
    `INSERT INTO roll_call_entries (roll_call_id, entry_key, kind, name, detail) VALUES (?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare<[number], RollCallRow>(`SELECT ${columns} FROM roll_calls WHERE id = ?`);
  const current = db.prepare<[], RollCallRow>(
    `SELECT ${columns} FROM roll_calls WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1`,
  );
  const entries = db.prepare<[number], RollCallEntryRow>(
    `SELECT entry_key AS key, kind, name, detail, accounted_at AS accountedAt
     FROM roll_call_entries WHERE roll_call_id = ? ORDER BY kind DESC, name COLLATE NOCASE`,
  );
  const mark = db.prepare<[string | null, number, string]>(
    'UPDATE roll_call_entries SET accounted_at = ? WHERE roll_call_id = ? AND entry_key = ?',
  );
  const end = db.prepare<[string, string, number]>(
    'UPDATE roll_calls SET ended_at = ?, ended_by = ? WHERE id = ? AND ended_at IS NULL',
  );
  return {
    start(
      reason: RollCallReason,
      at: string,
      by: string,
      list: Omit<RollCallEntryRow, 'accountedAt'>[],
    ): number {
      return db.transaction(() => {
        const { id } = insert.get(reason, at, by) as { id: number };
        for (const e of list) insertEntry.run(id, e.key, e.kind, e.name, e.detail);
        return id;
      })();
    },
    byId: (id: number) => byId.get(id) ?? null,
    current: () => current.get() ?? null,
    entries: (id: number) => entries.all(id),
    mark: (id: number, key: string, at: string | null) => mark.run(at, id, key).changes === 1,
    end: (id: number, at: string, by: string) => end.run(at, by, id).changes === 1,
  };
}
export type RollCallsRepo = ReturnType<typeof rollCallsRepo>;
