/** Short-term rights (owned by main/console): who holds a higher role until when, and why. */
import type { OperatorRole } from '../../vocabulary';
import type { Db } from '../open';

export interface RoleGrantRow {
  id: number;
  operatorId: number;
  operatorName: string;
  role: OperatorRole;
  kind: 'grant' | 'breakGlass';
  reason: string;
  startsAt: string;
  until: string;
  givenBy: string;
  endedAt: string | null;
  endedBy: string | null;
}

const select = `SELECT g.id, g.operator_id AS operatorId, o.name AS operatorName, g.role, g.kind,
    g.reason, g.starts_at AS startsAt, g.until, g.given_by AS givenBy, g.ended_at AS endedAt,
    g.ended_by AS endedBy
  FROM role_grants g JOIN operators o ON o.id = g.operator_id`;

export function roleGrantsRepo(db: Db) {
  const insert = db.prepare<Omit<RoleGrantRow, 'id' | 'operatorName' | 'endedAt' | 'endedBy'>>(
    `INSERT INTO role_grants (operator_id, role, kind, reason, starts_at, until, given_by)
     VALUES (@operatorId, @role, @kind, @reason, @startsAt, @until, @givenBy)`,
  );
  const active = db.prepare<[string, string], RoleGrantRow>(
    `${select} WHERE g.ended_at IS NULL AND g.starts_at <= ? AND g.until > ? ORDER BY g.until DESC`,
  );
  const byId = db.prepare<[number], RoleGrantRow>(`${select} WHERE g.id = ?`);
  const end = db.prepare<[string, string, number, string]>(
    'UPDATE role_grants SET ended_at = ?, ended_by = ? WHERE id = ? AND ended_at IS NULL AND until > ?',
  );
  const recent = db.prepare<[number], RoleGrantRow>(`${select} ORDER BY g.id DESC LIMIT ?`);
  return {
    add: (g: Omit<RoleGrantRow, 'id' | 'operatorName' | 'endedAt' | 'endedBy'>) =>
      Number(insert.run(g).lastInsertRowid),
    /** The grants in force at that moment, the longest-lasting first. */
    active: (at: string) => active.all(at, at),
    byId: (id: number) => byId.get(id) ?? null,
    end: (id: number, at: string, by: string) => end.run(at, by, id, at).changes === 1,
    recent: (limit = 50) => recent.all(limit),
  };
}
export type RoleGrantsRepo = ReturnType<typeof roleGrantsRepo>;
