/**
 * Writes door events 64 to a statement: one call into SQLite per batch instead of one per row
 * halves the cost of a million-row insert (measured with `npm run bench:import`).
 */
import type { Db } from '../open';
import { newestCardholderImports } from './newest-cardholders';

const columns = 7;
const batchRows = 64;

const insertSql = (rows: number) =>
  `INSERT INTO building_events (occurred_at, point_id, card_id, text_id, utc_offset, holder_id, import_id)
   VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}
   ON CONFLICT DO NOTHING`;

export function eventBatches(db: Db, importId: number) {
  const full = db.prepare<[(number | null)[]]>(insertSql(batchRows));
  const single = db.prepare<[(number | null)[]]>(insertSql(1));
  const pending: (number | null)[] = [];
  let added = 0;

  return {
    add(
      occurredAt: number,
      pointId: number,
      cardId: number,
      textId: number,
      utcOffset: number,
      holderId: number | null,
    ): void {
      pending.push(occurredAt, pointId, cardId, textId, utcOffset, holderId, importId);
      if (pending.length === batchRows * columns) {
        added += full.run(pending).changes;
        pending.length = 0;
      }
    },
    /** Writes what is left; returns how many events were new (the rest were already stored). */
    finish(): number {
      for (let i = 0; i < pending.length; i += columns) {
        added += single.run(pending.slice(i, i + columns)).changes;
      }
      pending.length = 0;
      return added;
    },
  };
}

/**
 * Minimisation at the door (a setting, on by default): an import keeps everything on our floor,
 * our own people everywhere (our tags, our staff list's employee numbers, our company) and cards
 * nobody knows. Another organisation's card that the building's newest cardholder list knows, at
 * a door off our floor (or one the site does not list: someone else's floor), is counted and
 * never written, its holder's name included. Decided per row while the log is read, at the cost
 * of a set lookup; null when the setting is off or there is no cardholder list to know cards by.
 */
export function minimisationPlan(db: Db) {
  const setting = db
    .prepare<[], string>("SELECT value FROM settings WHERE key = 'building.minimise'")
    .pluck()
    .get();
  const newest = db.prepare<[], number>(newestCardholderImports).pluck().all();
  if (setting === 'false' || newest.length === 0) return null;
  const set = (sql: string) => new Set(db.prepare<[], string>(sql).pluck().all());
  const ourUids = set('SELECT uid FROM tags');
  const staff = set('SELECT employee_id FROM people WHERE employee_id IS NOT NULL');
  const ownNames = set(
    `SELECT lower(name) FROM organisations WHERE role = 'own'
     UNION SELECT lower(a.alias) FROM organisation_aliases a
       JOIN organisations o ON o.id = a.organisation_id WHERE o.role = 'own'`,
  );
  const number = (text: string) => text.trim().replace(/^0+(?=\d)/, '');
  const others = new Set<string>();
  const ours = new Set<string>();
  const rows = db
    .prepare<
      [],
      { card: string | null; uid: string | null; employee: string | null; org: string | null }
    >(
      `SELECT card_number AS card, card_uid AS uid, employee_id AS employee,
         lower(coalesce(company, department, '')) AS org
       FROM building_cardholders WHERE import_id IN (${newestCardholderImports})`,
    )
    .all();
  for (const r of rows) {
    if (!r.card) continue;
    const mine =
      (r.uid !== null && ourUids.has(r.uid)) ||
      (r.employee !== null && staff.has(r.employee)) ||
      ownNames.has(r.org ?? '');
    (mine ? ours : others).add(number(r.card));
  }
  const offFloor = db
    .prepare<[number], number>(
      `SELECT coalesce(z.own_floor, 0) = 0 FROM building_access_points p
       LEFT JOIN doors d ON d.id = p.door_id LEFT JOIN zones z ON z.id = d.zone_id WHERE p.id = ?`,
    )
    .pluck();
  const points = new Map<number, boolean>();
  return {
    /** Leave this event out? */
    leaveOut(card: string, employeeId: string, pointId: number): boolean {
      if (!card) return false;
      const n = number(card);
      if (!others.has(n) || ours.has(n) || (employeeId && staff.has(employeeId))) return false;
      let off = points.get(pointId);
      if (off === undefined) points.set(pointId, (off = offFloor.get(pointId) === 1));
      return off;
    },
  };
}
export type MinimisationPlan = NonNullable<ReturnType<typeof minimisationPlan>>;
