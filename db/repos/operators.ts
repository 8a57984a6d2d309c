import type { OperatorRole } from '../../vocabulary';
import type { Db } from '../open';

export interface OperatorRow {
  id: number;
  name: string;
  role: OperatorRole;
  personId: number | null;
  pin: string;
  disabledAt: string | null;
}

const columns = 'id, name, role, person_id AS personId, pin, disabled_at AS disabledAt';

/** The people who may open the console, each with a role and a PIN (a scrypt hash). */
export function operatorsRepo(db: Db) {
  return {
    active: () =>
      db
        .prepare<[], OperatorRow>(
          `SELECT ${columns} FROM operators WHERE disabled_at IS NULL ORDER BY id`,
        )
        .all(),
    all: () => db.prepare<[], OperatorRow>(`SELECT ${columns} FROM operators ORDER BY name`).all(),
    byName: (name: string) =>
      db
        .prepare<[string], OperatorRow>(`SELECT ${columns} FROM operators WHERE name = ?`)
        .get(name) ?? null,
    /** The operator whose own staff badge this is (the tag's current holder). */
    byBadge: (uid: string) =>
      db
        .prepare<[string], OperatorRow>(
          `SELECT o.id, o.name, o.role, o.person_id AS personId, o.pin, o.disabled_at AS disabledAt
           FROM operators o JOIN tag_custody c ON c.person_id = o.person_id AND c.ended_at IS NULL
           JOIN tags t ON t.id = c.tag_id AND t.status = 'active'
           WHERE t.uid = ? AND o.disabled_at IS NULL`,
        )
        .get(uid) ?? null,
    count: () =>
      db
        .prepare<[], number>('SELECT count(*) FROM operators WHERE disabled_at IS NULL')
        .pluck()
        .get() ?? 0,
    insert: (
      o: { name: string; role: OperatorRole; personId: number | null; pin: string },
      at: string,
      by: string,
    ) =>
      Number(
        db
          .prepare(
            'INSERT INTO operators (name, role, person_id, pin, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(o.name, o.role, o.personId, o.pin, at, by).lastInsertRowid,
      ),
    setPin: (id: number, pin: string) =>
      void db.prepare('UPDATE operators SET pin = ? WHERE id = ?').run(pin, id),
    disable: (id: number, at: string) =>
      db
        .prepare('UPDATE operators SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL')
        .run(at, id).changes === 1,
  };
}
export type OperatorsRepo = ReturnType<typeof operatorsRepo>;
