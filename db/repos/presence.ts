/** Staff tapping in and out at the kiosk (when the site has it on), for the evacuation list. */
import type { Db } from '../open';
import { personNameSql } from '../person-name-sql';

export interface StaffInRow {
  personId: number;
  name: string;
  department: string | null;
  since: string;
}

export function presenceRepo(db: Db) {
  const insert = db.prepare(
    'INSERT INTO presence_taps (person_id, direction, at, day) VALUES (?, ?, ?, ?)',
  );
  const lastOf = db
    .prepare<[number, string], string>(
      'SELECT direction FROM presence_taps WHERE person_id = ? AND day = ? ORDER BY at DESC, id DESC LIMIT 1',
    )
    .pluck();
  // Each person's last tap of the day, kept when it was "in".
  const inNow = db.prepare<[string], StaffInRow>(
    `SELECT p.id AS personId,
       ${personNameSql('p')} AS name,
       p.department, last.at AS since
     FROM (SELECT person_id, direction, max(at) AS at FROM presence_taps WHERE day = ? GROUP BY person_id) last
     JOIN people p ON p.id = last.person_id
     WHERE last.direction = 'in' ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE`,
  );
  return {
    record: (personId: number, direction: 'in' | 'out', at: string, day: string) =>
      void insert.run(personId, direction, at, day),
    lastDirection: (personId: number, day: string) =>
      (lastOf.get(personId, day) as 'in' | 'out' | undefined) ?? null,
    inOn: (day: string) => inNow.all(day),
  };
}
export type PresenceRepo = ReturnType<typeof presenceRepo>;
