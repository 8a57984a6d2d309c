/**
 * What makes a person record acceptable, whether it comes from the HR file or the staff screen:
 * names present, a known organisation (by name or alias), a known profile, dates in order.
 */
import type { PeopleRepo, PersonFields } from '../../db/repos/people';
import type { PersonInput } from './calls';

export type PersonField = keyof PersonInput;
export type PersonCheck =
  | { ok: true; fields: PersonFields }
  | {
      ok: false;
      /** The first problem, as one line for a file's rejection list. */
      field: PersonField;
      reason: string;
      /** Every field that is wrong, for a form to mark them all at once. */
      problems: Partial<Record<PersonField, string>>;
    };

export function checkPerson(input: PersonInput, people: PeopleRepo): PersonCheck {
  const problems: Partial<Record<PersonField, string>> = {};
  const employeeId = input.employeeId.trim();
  if (!employeeId) problems.employeeId = 'no employee number';
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  if (!firstName) problems.firstName = 'a first and a last name are both needed';
  if (!lastName) problems.lastName = 'a first and a last name are both needed';
  const email = input.email.trim();
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    problems.email = `"${email}" is not an e-mail address`;
  }
  const orgName = input.organisation.trim();
  const organisationId = orgName ? people.organisationId(orgName) : null;
  if (orgName && organisationId === null) {
    problems.organisation = `unknown organisation "${orgName}": add it, or this spelling as an alias, to the site configuration`;
  }
  if (input.startDate && input.endDate && input.endDate < input.startDate) {
    problems.endDate = `ends (${input.endDate}) before it starts (${input.startDate})`;
  }
  const profileId = input.profileId.trim() || null;
  if (profileId && !people.profileExists(profileId)) {
    problems.profileId = `unknown profile "${profileId}": define it in the site configuration first`;
  }
  const first = Object.entries(problems)[0] as [PersonField, string] | undefined;
  if (first) return { ok: false, field: first[0], reason: first[1], problems };
  return {
    ok: true,
    fields: {
      employeeId,
      firstName,
      namePrefix: input.namePrefix.trim(),
      lastName,
      organisationId,
      department: input.department.trim() || null,
      jobTitle: input.jobTitle.trim() || null,
      email: input.email.trim() || null,
      startDate: input.startDate,
      endDate: input.endDate,
      profileId,
      notes: input.notes.trim() || null,
      bhv: input.bhv,
    },
  };
}

export const samePerson = (a: PersonFields, b: PersonFields) =>
  JSON.stringify([
    a.employeeId,
    a.firstName,
    a.namePrefix,
    a.lastName,
    a.organisationId,
    a.department,
    a.jobTitle,
    a.email,
    a.startDate,
    a.endDate,
    a.profileId,
    a.notes,
    a.bhv,
  ]) ===
  JSON.stringify([
    b.employeeId,
    b.firstName,
    b.namePrefix,
    b.lastName,
    b.organisationId,
    b.department,
    b.jobTitle,
    b.email,
    b.startDate,
    b.endDate,
    b.profileId,
    b.notes,
    b.bhv,
  ]);
