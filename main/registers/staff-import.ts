/**
 * The HR system's staff list, from CSV or XLSX. Rows are matched on employee number: new people
 * are added, changed ones updated, and nobody is deleted (a leaver has an end date, and history
 * stays true). Every refused row says why; nothing is written unless the caller applies the plan.
 */
import type { PeopleRepo, PersonFields } from '../../db/repos/people';
import type { RoleSpec } from '../tables/columns';
import { decideDateOrder, parseDate } from '../tables/dates';
import { planRow, type UpsertPlan } from './upsert-plan';
import type { Table } from '../tables/table-file';
import { startTableImport } from '../tables/table-import';
import { checkPerson, samePerson, type PersonField } from '../people';

export const staffColumns = {
  employeeId: {
    names: [
      'employee_id',
      'employee id',
      'employee number',
      'personeelsnummer',
      'personnel number',
      'medewerkernummer',
      'staff id',
      'emp no',
    ],
    required: true,
  },
  firstName: {
    names: ['first_name', 'first name', 'voornaam', 'given name', 'roepnaam'],
    required: true,
  },
  namePrefix: {
    names: ['name_prefix', 'prefix', 'tussenvoegsel', 'tussenvoegsels', 'voorvoegsel'],
  },
  lastName: {
    names: ['last_name', 'last name', 'surname', 'achternaam', 'family name'],
    required: true,
  },
  organisation: {
    names: [
      'company',
      'organisation',
      'organization',
      'bedrijf',
      'organisatie',
      'werkgever',
      'employer',
    ],
    required: true,
  },
  department: { names: ['department', 'afdeling'] },
  jobTitle: { names: ['role', 'job title', 'functie', 'position', 'title'] },
  email: { names: ['email', 'e-mail', 'e-mailadres', 'email address', 'mail'] },
  startDate: {
    names: ['start_date', 'start date', 'startdatum', 'in dienst', 'datum in dienst', 'hire date'],
  },
  endDate: {
    names: [
      'end_date',
      'end date',
      'einddatum',
      'uit dienst',
      'datum uit dienst',
      'leave date',
      'termination date',
    ],
  },
  profile: {
    names: [
      'expected_profile',
      'expected profile',
      'profile',
      'profiel',
      'toegangsprofiel',
      'access profile',
    ],
  },
  notes: { names: ['notes', 'note', 'opmerking', 'opmerkingen', 'remarks'] },
  bhv: {
    names: [
      'bhv',
      'bhv-er',
      'bhv team',
      'bhv-team',
      'ert',
      'emergency response',
      'emergency response team',
      'fire warden',
    ],
  },
} satisfies RoleSpec<string>;

/** A yes/no cell of the BHV column: empty is no; anything else is refused with the row. */
const yes = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'true', 'waar', 'bhv']);
const no = new Set(['', 'nee', 'n', 'no', '0', 'false', 'onwaar', '-']);
function yesOrNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  return yes.has(t) ? true : no.has(t) ? false : null;
}

type Role = keyof typeof staffColumns;

/** Where a rule about a person field points in the file. */
const columnRole: Record<PersonField, Role> = {
  employeeId: 'employeeId',
  firstName: 'firstName',
  namePrefix: 'namePrefix',
  lastName: 'lastName',
  organisation: 'organisation',
  department: 'department',
  jobTitle: 'jobTitle',
  email: 'email',
  startDate: 'startDate',
  endDate: 'endDate',
  profileId: 'profile',
  notes: 'notes',
  bhv: 'bhv',
};

export type StaffPlan = UpsertPlan<PersonFields>;

export function planStaffImport(file: string, table: Table, people: PeopleRepo): StaffPlan {
  const begun = startTableImport(file, 'staff', table, staffColumns);
  if (!begun.mapping) return { summary: begun.summary, rows: [] };
  const { summary, cell } = begun;
  const order = decideDateOrder(
    table.rows.flatMap((r) => [cell(r.cells, 'startDate'), cell(r.cells, 'endDate')]),
  );
  const seen = new Map<string, number>();
  const plan: StaffPlan = { summary, rows: [] };

  for (const { line, cells } of table.rows) {
    summary.rows += 1;
    const reject = (role: Role | null, reason: string) => begun.reject(line, role, reason);
    const employeeId = cell(cells, 'employeeId');
    const earlier = seen.get(employeeId.toLowerCase());
    if (employeeId && earlier !== undefined) {
      reject('employeeId', `employee number ${employeeId} is also on row ${earlier}`);
      continue;
    }
    if (employeeId) seen.set(employeeId.toLowerCase(), line);
    const dates: Record<'startDate' | 'endDate', string | null> = {
      startDate: null,
      endDate: null,
    };
    const badDate = (['startDate', 'endDate'] as const).find((role) => {
      const text = cell(cells, role);
      dates[role] = text ? parseDate(text, order) : null;
      return text !== '' && dates[role] === null;
    });
    if (badDate) {
      reject(badDate, `"${cell(cells, badDate)}" is not a date`);
      continue;
    }
    const bhv = yesOrNo(cell(cells, 'bhv'));
    if (bhv === null) {
      reject('bhv', `"${cell(cells, 'bhv')}" is not yes or no`);
      continue;
    }
    const check = checkPerson(
      {
        employeeId,
        firstName: cell(cells, 'firstName'),
        namePrefix: cell(cells, 'namePrefix'),
        lastName: cell(cells, 'lastName'),
        organisation: cell(cells, 'organisation'),
        department: cell(cells, 'department'),
        jobTitle: cell(cells, 'jobTitle'),
        email: cell(cells, 'email'),
        startDate: dates.startDate,
        endDate: dates.endDate,
        profileId: cell(cells, 'profile'),
        notes: cell(cells, 'notes'),
        bhv,
      },
      people,
    );
    if (!check.ok) {
      reject(columnRole[check.field], check.reason);
      continue;
    }
    const { fields } = check;
    const existing = people.byEmployeeId(employeeId);
    planRow(plan, {
      fields,
      existingId: existing?.id ?? null,
      changed: !existing || !samePerson(existing, fields),
    });
  }
  return plan;
}
