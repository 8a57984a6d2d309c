/**
 * The visits themselves: a visitor signing in at the kiosk, the desk registering or expecting
 * someone, picking up, signing out, and closing what is left at the end of the day. Every step
 * is one transaction with its audit entry (and its notices to the host), so nothing half-done
 * stays behind.
 */
import type { AuditRepo } from '../../db/repos/audit';
import type { NotificationsRepo } from '../../db/repos/notifications';
import type { DeskVisitRow, ReceptionRepo } from '../../db/repos/reception';
import type { TagsRepo } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import type { Locale, VisitPurpose } from '../../vocabulary';
import { employedOn } from '../domain/expected-access';
import { AppError } from '../ipc/errors';
import type { ExpectedVisitor, HostChoice, SignInOutcome, Visit } from './calls';
import type { IncidentService } from '../incidents';
import type { HostNotices } from './host-notices';
import { cleanName, fold, matchesTyped } from '../domain/typed-names';
import type { ReceptionSettingsStore } from './reception-settings';
import { statusOf, visitView } from './visit-view';

export interface DeskDeps {
  db: Db;
  repo: ReceptionRepo;
  notifications: NotificationsRepo;
  notices: HostNotices;
  tags: TagsRepo;
  /** A badge not handed in at the end of a visit is proposed to the incident register. */
  incidents: Pick<IncidentService, 'propose'>;
  audit: AuditRepo;
  settings: ReceptionSettingsStore;
  now: () => Date;
  /** The site-local date of a moment. */
  dateOf: (at: Date) => string;
  /** The site's wall-clock time of a moment, HH:MM. */
  timeOf: (at: Date) => string;
  /** Something changed on that day; the outbox may have work. */
  changed: (date: string) => void;
}

export interface WalkIn {
  expectedVisitId: number | null;
  visitorName: string;
  visitorCompany: string;
  visitorPhone: string;
  hostId: number | null;
  purpose: VisitPurpose;
  locale: Locale;
}

export interface Registration {
  visitorName: string;
  visitorCompany: string;
  visitorPhone: string;
  hostId: number | null;
  purpose: VisitPurpose;
  visitDate: string;
  expectedTime: string | null;
  signInNow: boolean;
}

const hostResults = 4;
/** How long after a sign-out the desk can take it back. */
const undoWithinMs = 5 * 60_000;
const expectedResults = 5;

export function deskService(deps: DeskDeps) {
  const { repo } = deps;
  const today = () => deps.dateOf(deps.now());
  const view = (row: DeskVisitRow): Visit =>
    visitView(row, deps.notifications.ofVisit(row.id), {
      now: deps.now(),
      overdueMinutes: deps.settings.get().overdueMinutes,
      today: today(),
      nowTime: deps.timeOf(deps.now()),
    });
  const visit = (id: number): DeskVisitRow => {
    const row = repo.byId(id);
    if (!row) throw new AppError('not_found', `There is no visit ${id}.`);
    return row;
  };
  const hostOf = (hostId: number | null) => {
    if (hostId === null) return null;
    const host = repo.hosts().find((h) => h.id === hostId);
    return host && employedOn(host, today()) ? host : null;
  };
  /** The same person for the same host today, not yet gone: signing in again changes nothing. */
  const alreadyHere = (name: string, hostId: number | null, date: string) =>
    repo
      .onDate(date)
      .some(
        (v) =>
          fold(v.visitorName) === fold(name) &&
          v.hostPersonId === hostId &&
          (statusOf(v) === 'waiting' || statusOf(v) === 'present'),
      );

  /** Signs a visit in and queues the host's notices; inside the caller's transaction. */
  const signInWithin = (id: number, locale: Locale, actor: string): SignInOutcome => {
    const at = deps.now().toISOString();
    repo.signIn(id, at, locale);
    deps.audit.record({ actor, action: 'visit.signIn', subject: String(id) });
    const hostTold = deps.notices.queue(visit(id), 'arrival', at);
    return { outcome: 'signedIn', visitId: id, hostFirstName: visit(id).hostFirstName, hostTold };
  };
  const signInNow = (id: number, locale: Locale, actor: string): SignInOutcome => {
    const outcome = deps.db.transaction(() => signInWithin(id, locale, actor))();
    deps.changed(today());
    return outcome;
  };

  return {
    view,
    today,
    byId: (id: number) => view(visit(id)),
    findHosts(typed: string): HostChoice[] {
      // Three letters at least, and a few names: the staff list is not for the public to read.
      if (fold(typed).length < 3) return [];
      const day = today();
      return repo
        .hosts()
        .filter((h) => employedOn(h, day) && matchesTyped(h.name, typed))
        .slice(0, hostResults)
        .map((h) => ({ id: h.id, name: h.name, department: h.department }));
    },
    findExpected(typed: string): ExpectedVisitor[] {
      if (fold(typed).length < 3) return [];
      return repo
        .onDate(today())
        .filter((v) => statusOf(v) === 'expected' && matchesTyped(v.visitorName, typed))
        .slice(0, expectedResults)
        .map((v) => ({
          id: v.id,
          visitorName: v.visitorName,
          visitorCompany: v.visitorCompany,
          hostName: v.hostFirstName,
          expectedTime: v.expectedTime,
        }));
    },
    /** The visitor at the kiosk: an expected visit found by name, or a walk-in. */
    signIn(input: WalkIn): SignInOutcome {
      if (input.expectedVisitId !== null) {
        const expected = repo.byId(input.expectedVisitId);
        if (!expected || expected.visitDate !== today()) return { outcome: 'notExpectedToday' };
        if (statusOf(expected) !== 'expected') return { outcome: 'alreadySignedIn' };
        return signInNow(expected.id, input.locale, 'visitor');
      }
      return this.register(
        { ...input, visitDate: today(), expectedTime: null, signInNow: true },
        'visitor',
        input.locale,
      );
    },
    register(input: Registration, actor: string, locale: Locale = 'nl'): SignInOutcome {
      const name = cleanName(input.visitorName);
      if (name.length < 2) throw new AppError('invalid_argument', 'The name is too short.');
      if (input.visitDate < today())
        throw new AppError('invalid_argument', 'A visit cannot be expected in the past.');
      if (input.hostId !== null && !hostOf(input.hostId)) return { outcome: 'hostUnavailable' };
      if (alreadyHere(name, input.hostId, input.visitDate)) return { outcome: 'alreadySignedIn' };
      // The visit, its sign-in and the host's notices: one transaction, all or nothing.
      const outcome = deps.db.transaction((): SignInOutcome => {
        const created = repo.insert(
          {
            visitorName: name,
            visitorCompany: cleanName(input.visitorCompany) || null,
            // Only where the site asks for it: the minimum otherwise.
            visitorPhone: deps.settings.get().askPhone ? input.visitorPhone.trim() || null : null,
            hostPersonId: input.hostId,
            visitDate: input.visitDate,
            expectedTime: input.expectedTime,
            purpose: input.purpose,
            source: actor === 'visitor' ? 'self' : 'reception',
          },
          deps.now().toISOString(),
        );
        deps.audit.record({ actor, action: 'visit.register', subject: String(created) });
        if (input.signInNow && input.visitDate === today())
          return signInWithin(created, locale, actor);
        return { outcome: 'signedIn', visitId: created, hostFirstName: null, hostTold: false };
      })();
      deps.changed(input.visitDate);
      return outcome;
    },
    list: (date: string) => repo.onDate(date).map(view),
    pickUp(id: number, actor: string): Visit {
      const v = visit(id);
      if (statusOf(v) !== 'waiting')
        throw new AppError('conflict', 'This visitor is not waiting to be picked up.');
      step(() => repo.pickUp(id, deps.now().toISOString()), actor, 'visit.pickUp', id);
      return view(visit(id));
    },
    signOut(id: number, actor: string): Visit {
      const v = visit(id);
      const status = statusOf(v);
      if (status !== 'waiting' && status !== 'present')
        throw new AppError('conflict', 'This visitor is not signed in.');
      step(() => repo.signOut(id, deps.now().toISOString()), actor, 'visit.signOut', id);
      return view(visit(id));
    },
    /**
     * A sign-out tapped by mistake, taken back within minutes: the visitor is in again (and on
     * the evacuation list). A badge that came back stays back.
     */
    undoSignOut(id: number, actor: string): Visit {
      const v = visit(id);
      const out = v.checkedOutAt === null ? NaN : Date.parse(v.checkedOutAt);
      if (statusOf(v) !== 'left' || !(deps.now().getTime() - out <= undoWithinMs))
        throw new AppError('conflict', 'This sign-out can no longer be undone.');
      step(() => repo.undoSignOut(id), actor, 'visit.undoSignOut', id);
      return view(visit(id));
    },
    close(id: number, reason: string, actor: string): Visit {
      closeOne(visit(id), reason, actor);
      deps.changed(visit(id).visitDate);
      return view(visit(id));
    },
    /** The end of the day: every visit of that date not yet over is closed with the reason. */
    closeDay(date: string, reason: string, actor: string) {
      let closed = 0;
      let badgesNotReturned = 0;
      deps.db.transaction(() => {
        for (const v of repo.onDate(date)) {
          const open = statusOf(v) !== 'closed' && (statusOf(v) !== 'left' || isBadgeOut(v));
          if (!open) continue;
          if (closeOne(v, reason, actor)) badgesNotReturned += 1;
          closed += 1;
        }
      })();
      deps.changed(date);
      return { closed, badgesNotReturned };
    },
  };

  function step(change: () => void, actor: string, action: string, id: number) {
    deps.db.transaction(() => {
      change();
      deps.audit.record({ actor, action, subject: String(id) });
    })();
    deps.changed(visit(id).visitDate);
  }

  /** Closes one visit; a badge still out is recorded as not handed in. True if it was. */
  function closeOne(v: DeskVisitRow, reason: string, actor: string): boolean {
    if (statusOf(v) === 'closed') throw new AppError('conflict', 'This visit is already closed.');
    const at = deps.now().toISOString();
    const badgeOut = isBadgeOut(v);
    deps.db.transaction(() => {
      repo.close(v.id, at, reason);
      if (badgeOut && v.badgeTagId !== null) {
        deps.tags.setStatus(v.badgeTagId, 'not_returned', at);
        deps.incidents.propose(
          {
            source: 'tag_not_returned',
            key: `${v.badgeTagId}:${at}`,
            what: `visit ${v.reference ?? v.id}: ${reason}`,
            awareAt: at,
            occurredAt: at,
            reportedBy: actor,
            tagId: v.badgeTagId,
            visitId: v.id,
          },
          actor,
        );
      }
      deps.audit.record({
        actor,
        action: 'visit.close',
        subject: String(v.id),
        detail: { reason, badgeNotReturned: badgeOut },
      });
    })();
    return badgeOut;
  }
}

const isBadgeOut = (v: DeskVisitRow) => v.badgeIssuedAt !== null && v.badgeReturnedAt === null;
export type DeskService = ReturnType<typeof deskService>;
