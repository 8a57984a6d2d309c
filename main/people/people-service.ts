import type { AuditRepo } from '../../db/repos/audit';
import type { PeopleRepo } from '../../db/repos/people';
import type { Db } from '../../db/open';
import { AppError } from '../ipc/errors';
import type { PersonInput } from './calls';
import { checkPerson } from './person-rules';

/** Adding and editing people by hand. A leaver is edited, never deleted: set the end date. */
export function peopleService(deps: { db: Db; people: PeopleRepo; audit: AuditRepo }) {
  return {
    save(id: number | null, input: PersonInput, actor: string): number {
      return deps.db.transaction(() => {
        const check = checkPerson(input, deps.people);
        if (!check.ok)
          throw new AppError('invalid_argument', `${check.field}: ${check.reason}`, check.problems);
        const holder = deps.people.byEmployeeId(check.fields.employeeId);
        if (holder && holder.id !== id) {
          throw new AppError(
            'conflict',
            `Employee number ${check.fields.employeeId} already belongs to someone else.`,
            {
              employeeId: `already belongs to ${[holder.firstName, holder.namePrefix, holder.lastName].filter(Boolean).join(' ')}`,
            },
          );
        }
        if (id !== null && !deps.people.byId(id))
          throw new AppError('not_found', `There is no person with id ${id}.`);
        const saved = id ?? deps.people.insert(check.fields);
        if (id !== null) deps.people.update(id, check.fields);
        deps.audit.record({
          actor,
          action: id === null ? 'person.add' : 'person.edit',
          subject: check.fields.employeeId,
        });
        return saved;
      })();
    },
  };
}
export type PeopleService = ReturnType<typeof peopleService>;
