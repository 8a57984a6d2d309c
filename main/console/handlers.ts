import type { AuditRepo } from '../../db/repos/audit';
import type { AuditSubjectKind, AuditSubjectsRepo } from '../../db/repos/audit-subjects';
import type { BackupService } from '../backup';
import type { PeopleRepo } from '../../db/repos/people';
import type { Handlers } from '../ipc/feature-contract';
import { AppError } from '../ipc/errors';
import type { calls, Results } from './calls';
import type { ConsoleLock } from './console-lock';
import type { RoleGrants } from './role-grants';

export function consoleHandlers(deps: {
  lock: ConsoleLock;
  people: PeopleRepo;
  audit: AuditRepo;
  backups: Pick<BackupService, 'status' | 'anchors'>;
  subjects: AuditSubjectsRepo;
  operator: () => string;
  /** The full name of the BHV team member whose usable badge was just tapped, else null. */
  bhvMember: (uid: string) => string | null;
  rights: RoleGrants;
}): Handlers<typeof calls, Results> {
  const { lock, operator } = deps;
  const atConsole = () => {
    const o = lock.operatorAtConsole();
    if (!o) throw new AppError('unauthorized', 'The console is locked.');
    return o;
  };
  const aboutOf = (action: string, subject: string | null): string | null => {
    const kind = subjectKind(action);
    return kind && subject ? deps.subjects.nameOf(kind, subject) : null;
  };
  return {
    getConsoleSession: () => lock.session(),
    listRoleGrants: () => deps.rights.recent(),
    grantRole: (g) => {
      deps.rights.give(g, atConsole());
      return deps.rights.recent();
    },
    endRoleGrant: (id) => {
      deps.rights.end(id, operator());
      return deps.rights.recent();
    },
    breakGlass: (reason) => {
      const { officerTold } = deps.rights.breakGlass(atConsole().id, reason);
      return { session: lock.session(), officerTold };
    },
    unlockConsole: (pin, badgeUid) => lock.unlock(pin, badgeUid),
    lockConsole: () => lock.lock(),
    openEvacuationByBadge: (uid) => {
      const member = deps.bhvMember(uid);
      if (!member)
        throw new AppError('unauthorized', 'This badge does not open the evacuation list.');
      return lock.openEvacuation(member);
    },
    setUpFirstOperator: (first) => lock.setUpFirst(first),
    listOperators: () => lock.list(),
    addOperator: ({ employeeId, ...o }) => {
      const person = employeeId ? deps.people.byEmployeeId(employeeId) : null;
      if (employeeId && !person)
        throw new AppError('not_found', `Nobody has employee number ${employeeId}.`);
      lock.add({ ...o, personId: person?.id ?? null }, operator());
      return lock.list();
    },
    listAudit: (filter) => {
      const rows = deps.audit.find({ ...filter, limit: 500 });
      deps.audit.record({ actor: operator(), action: 'audit.view', detail: { rows: rows.length } });
      return rows.map((r) => ({ ...r, about: aboutOf(r.action, r.subject) }));
    },
    verifyAudit: () => deps.audit.verify(deps.backups.anchors()),
    getBackupState: () => {
      const b = deps.backups.status();
      return {
        keysSet: b.keysSet,
        scheduled: b.schedule !== null,
        lastAt: b.lastAt,
        overdue: b.overdue || !b.keysSet || b.schedule === null,
      };
    },
    disableOperator: (id) => {
      lock.disable(id, operator());
      return lock.list();
    },
  };
}

/** Which kind of row an action's subject id names, by the action's first word. */
function subjectKind(code: string): AuditSubjectKind | null {
  if (/^(person\.|privacy\.exportPerson)/.test(code)) return 'person';
  if (/^(visit\.|privacy\.(eraseVisitor|exportVisit))/.test(code)) return 'visit';
  if (/^(operator\.|staff\.(setPin|unlockFailed))/.test(code)) return 'operator';
  if (/^(tag\.|tags\.)/.test(code)) return 'tag';
  return null;
}
