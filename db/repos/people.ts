import type { Db } from '../open';

export interface PersonFields {
  employeeId: string;
  firstName: string;
  namePrefix: string;
  lastName: string;
  organisationId: number | null;
  department: string | null;
  jobTitle: string | null;
  /** Where a host is told their visitor has arrived. */
  email: string | null;
  startDate: string | null;
  endDate: string | null;
  profileId: string | null;
  notes: string | null;
  /** On the BHV team: their badge opens the evacuation list without a PIN. */
  bhv: boolean;
}

export interface PersonRow extends PersonFields {
  id: number;
  organisation: string | null;
}

const columns = `p.id, p.employee_id AS employeeId, p.first_name AS firstName, p.name_prefix AS namePrefix,
  p.last_name AS lastName, p.organisation_id AS organisationId, o.name AS organisation,
  p.department, p.job_title AS jobTitle, p.email, p.start_date AS startDate, p.end_date AS endDate,
  p.profile_id AS profileId, p.notes, p.bhv`;

/** SQLite has no booleans: 0/1 in the table, a boolean in the program. */
const fromRow = (row: PersonRow | undefined): PersonRow | null =>
  row ? { ...row, bhv: (row.bhv as unknown) === 1 } : null;
const toRow = (fields: PersonFields) => ({ ...fields, bhv: fields.bhv ? 1 : 0 });

export function peopleRepo(db: Db, now: () => Date = () => new Date()) {
  const byEmployeeId = db.prepare<[string], PersonRow>(
    `SELECT ${columns} FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.employee_id = ?`,
  );
  const byId = db.prepare<[number], PersonRow>(
    `SELECT ${columns} FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?`,
  );
  const all = db.prepare<[], PersonRow>(
    `SELECT ${columns} FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
     ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE`,
  );
  const insert = db.prepare(
    `INSERT INTO people (employee_id, first_name, name_prefix, last_name, organisation_id, department,
       job_title, email, start_date, end_date, profile_id, notes, bhv, created_at, updated_at)
     VALUES (@employeeId, @firstName, @namePrefix, @lastName, @organisationId, @department,
       @jobTitle, @email, @startDate, @endDate, @profileId, @notes, @bhv, @at, @at) RETURNING id`,
  );
  const update = db.prepare(
    `UPDATE people SET employee_id = @employeeId, first_name = @firstName, name_prefix = @namePrefix,
       last_name = @lastName, organisation_id = @organisationId, department = @department,
       job_title = @jobTitle, email = @email, start_date = @startDate, end_date = @endDate, profile_id = @profileId,
       notes = @notes, bhv = @bhv, updated_at = @at
     WHERE id = @id`,
  );
  const orgBySpelling = db.prepare<[string, string], { id: number }>(
    `SELECT id FROM organisations WHERE name = ?
     UNION SELECT organisation_id FROM organisation_aliases WHERE alias = ? LIMIT 1`,
  );
  const profile = db.prepare<[string], { id: string }>('SELECT id FROM profiles WHERE id = ?');

  return {
    byEmployeeId: (employeeId: string) => fromRow(byEmployeeId.get(employeeId)),
    byId: (id: number) => fromRow(byId.get(id)),
    all: () => all.all().map((row) => fromRow(row)!),
    insert: (fields: PersonFields) =>
      (insert.get({ ...toRow(fields), at: now().toISOString() }) as { id: number }).id,
    update: (id: number, fields: PersonFields) => {
      update.run({ ...toRow(fields), id, at: now().toISOString() });
    },
    organisationId: (spelling: string) => orgBySpelling.get(spelling, spelling)?.id ?? null,
    profileExists: (id: string) => profile.get(id) !== undefined,
  };
}
export type PeopleRepo = ReturnType<typeof peopleRepo>;
