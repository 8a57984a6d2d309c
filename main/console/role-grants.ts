/**
 * Short-term rights. The privacy officer gives an operator a higher role until a moment, at most
 * 24 hours away, with a reason; in an emergency an office manager takes the privacy officer's
 * rights for one hour by saying why ("break glass"), and the privacy officer is told at once.
 * Both end by themselves: the console's role check reads them at every call
 * (`effectiveRole`), so nothing has to run when they end. Rights held for a while never hand out
 * rights: a grant is given only by someone acting in their own role.
 */
import type { AuditRepo } from '../../db/repos/audit';
import type { OperatorsRepo } from '../../db/repos/operators';
import type { RoleGrantRow, RoleGrantsRepo } from '../../db/repos/role-grants';
import { operatorRoles, type OperatorRole } from '../../vocabulary';
import type { OfficerMail } from '../incidents';
import { AppError } from '../ipc/errors';
import type { RoleGrant } from './calls';

const hourMs = 3_600_000;
export const longestGrantHours = 24;
export const breakGlassHours = 1;
const rank = (role: OperatorRole) => operatorRoles.indexOf(role);

export function roleGrants(deps: {
  repo: RoleGrantsRepo;
  operators: Pick<OperatorsRepo, 'active'>;
  audit: AuditRepo;
  mail: Pick<OfficerMail, 'send'>;
  siteName: () => string;
  now?: () => Date;
}) {
  const now = () => (deps.now ?? (() => new Date()))();
  const view = (g: RoleGrantRow): RoleGrant => ({
    id: g.id,
    operatorId: g.operatorId,
    operatorName: g.operatorName,
    role: g.role,
    kind: g.kind,
    reason: g.reason,
    startsAt: g.startsAt,
    until: g.endedAt ?? g.until,
    givenBy: g.givenBy,
    ended: g.endedAt !== null || g.until <= now().toISOString(),
  });
  const operator = (id: number) => {
    const o = deps.operators.active().find((candidate) => candidate.id === id);
    if (!o) throw new AppError('not_found', 'There is no such operator (or they are disabled).');
    return o;
  };
  const strongest = (operatorId: number): RoleGrantRow | null =>
    deps.repo
      .active(now().toISOString())
      .filter((g) => g.operatorId === operatorId)
      .sort((a, b) => rank(b.role) - rank(a.role))[0] ?? null;

  return {
    /** The role an operator acts in now: their own, or a higher one granted for a while. */
    effectiveRole(operatorId: number | null, own: OperatorRole) {
      const grant = operatorId === null ? null : strongest(operatorId);
      return grant && rank(grant.role) > rank(own)
        ? { role: grant.role, grant: view(grant) }
        : { role: own, grant: null };
    },

    give(
      g: { operatorId: number; role: OperatorRole; until: string; reason: string },
      actor: { name: string; underGrant: boolean },
    ): RoleGrant {
      if (actor.underGrant)
        throw new AppError('unauthorized', 'Rights held for a while cannot be handed on.');
      const o = operator(g.operatorId);
      if (rank(g.role) <= rank(o.role))
        throw new AppError('invalid_argument', `${o.name} already has this role or a higher one.`);
      const at = now();
      const until = new Date(g.until);
      if (until.getTime() <= at.getTime())
        throw new AppError('invalid_argument', 'The end must be later than now.');
      if (until.getTime() - at.getTime() > longestGrantHours * hourMs)
        throw new AppError('invalid_argument', 'Short-term rights last at most 24 hours.');
      const id = deps.repo.add({
        operatorId: o.id,
        role: g.role,
        kind: 'grant',
        reason: g.reason,
        startsAt: at.toISOString(),
        until: until.toISOString(),
        givenBy: actor.name,
      });
      deps.audit.record({
        actor: actor.name,
        action: 'grant.give',
        subject: String(id),
        detail: { operator: o.name, role: g.role, until: until.toISOString() },
      });
      return view(deps.repo.byId(id)!);
    },

    /** An office manager takes the privacy officer's rights for an hour, and the officer is told. */
    breakGlass(operatorId: number, reason: string): { grant: RoleGrant; officerTold: boolean } {
      const o = operator(operatorId);
      if (o.role !== 'officeManager')
        throw new AppError('unauthorized', 'Only an office manager breaks the glass.');
      const at = now();
      const until = new Date(at.getTime() + breakGlassHours * hourMs);
      const id = deps.repo.add({
        operatorId: o.id,
        role: 'privacyOfficer',
        kind: 'breakGlass',
        reason,
        startsAt: at.toISOString(),
        until: until.toISOString(),
        givenBy: o.name,
      });
      deps.audit.record({
        actor: o.name,
        action: 'grant.breakGlass',
        subject: String(id),
        detail: { until: until.toISOString() },
      });
      const officerTold = deps.mail.send({
        about: 'grant',
        aboutId: id,
        kind: 'breakGlass',
        subject: `Lobby: ${o.name} heeft noodtoegang genomen / took emergency access (${deps.siteName()})`,
        text: [
          `${o.name} heeft om ${at.toISOString()} de rechten van de privacyfunctionaris genomen, tot ${until.toISOString()}.`,
          `Reden: ${reason}`,
          '',
          `${o.name} took the privacy officer's rights at ${at.toISOString()}, until ${until.toISOString()}.`,
          `Reason: ${reason}`,
        ].join('\n'),
      });
      return { grant: view(deps.repo.byId(id)!), officerTold };
    },

    end(id: number, actor: string): RoleGrant {
      if (!deps.repo.end(id, now().toISOString(), actor))
        throw new AppError('conflict', 'These rights have ended already.');
      deps.audit.record({ actor, action: 'grant.end', subject: String(id) });
      return view(deps.repo.byId(id)!);
    },

    /** The newest grants, in force or not, for the privacy officer's overview. */
    recent: (): RoleGrant[] => deps.repo.recent().map(view),
  };
}
export type RoleGrants = ReturnType<typeof roleGrants>;
