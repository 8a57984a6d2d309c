/**
 * What a tap means at reception. While the desk has a visit selected for a badge, the next
 * visitor badge tapped goes to it. Otherwise a badge that is out with a visitor comes back and
 * signs the visit out; a staff badge taps its holder in or out (when the site has that on).
 * Everything else gets its own message: an unknown badge, a pool badge not handed out, one
 * already out with someone else, a lost or blocked one.
 */
import type { AuditRepo } from '../../db/repos/audit';
import type { HolderRow } from '../../db/repos/holders';
import type { PresenceRepo } from '../../db/repos/presence';
import type { ReceptionRepo } from '../../db/repos/reception';
import type { TagsRepo } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import type { BadgeTapOutcome, TapPurpose } from '../../vocabulary';
import { AppError } from '../ipc/errors';
import { tagIsUsable } from '../tags';
import type { BadgeTap } from './calls';
import type { ReceptionSettingsStore } from './reception-settings';
import { statusOf } from './visit-view';

/** How long the desk's "tap a badge now" lasts. */
export const armedMs = 60_000;
/** A second tap of a badge this soon after it came back is the same hand-in, not a new one. */
const sameHandInMs = 60_000;

export interface BadgeTapDeps {
  db: Db;
  repo: ReceptionRepo;
  tags: TagsRepo;
  presence: PresenceRepo;
  audit: AuditRepo;
  settings: ReceptionSettingsStore;
  now: () => Date;
  dateOf: (at: Date) => string;
  changed: (date: string) => void;
  desk: DeskSessions;
}

/**
 * Who is at the desk: the console session that armed a hand-out. The hand-out holds only while
 * that session is open; locked or timed out, the next tap means what it always means.
 */
export interface DeskSessions {
  /** The caller's open console session, or null. */
  current(): number | null;
  isOpen(session: number): boolean;
}

const firstWord = (name: string) => name.split(' ')[0] ?? name;

export function badgeTaps(deps: BadgeTapDeps) {
  let armed: { visitId: number; until: number; actor: string; desk: number } | null = null;
  const result = (
    outcome: BadgeTapOutcome,
    more: Partial<Omit<BadgeTap, 'outcome'>> = {},
  ): BadgeTap => ({ outcome, name: null, label: null, visitId: null, ...more });

  function issue(tagUid: string, visitId: number, actor: string): BadgeTap {
    const tag = deps.tags.byUid(tagUid);
    if (!tag) return result('unknown');
    const label = tag.label;
    if (tag.pool !== 'visitor') return result('notVisitorBadge', { label });
    if (!tagIsUsable(tag.status)) return result('unusable', { label });
    const visit = deps.repo.byId(visitId);
    if (!visit) return result('unknown');
    const status = statusOf(visit);
    if (status !== 'waiting' && status !== 'present')
      return result('visitNotSignedIn', { name: firstWord(visit.visitorName), visitId, label });
    const out = deps.repo.badgeOut(tag.id);
    if (out && out.id !== visitId)
      return result('alreadyIssued', { name: out.visitorName, label, visitId: out.id });
    if (!out) {
      const at = deps.now().toISOString();
      deps.db.transaction(() => {
        deps.repo.issueBadge(visitId, tag.id, at);
        deps.audit.record({
          actor,
          action: 'visit.badgeIssued',
          subject: String(visitId),
          detail: { tag: tag.uid },
        });
      })();
      deps.changed(visit.visitDate);
    }
    armed = null;
    return result('issued', { name: firstWord(visit.visitorName), label, visitId });
  }

  function handIn(tagId: number, label: string | null): BadgeTap | null {
    const out = deps.repo.badgeOut(tagId);
    if (!out) {
      const last = deps.repo.lastReturn(tagId);
      const recent = last !== null && deps.now().getTime() - Date.parse(last) < sameHandInMs;
      return result(recent ? 'alreadyReturned' : 'notIssued', { label });
    }
    const at = deps.now().toISOString();
    deps.db.transaction(() => {
      deps.repo.badgeReturned(out.id, at);
      const status = statusOf(out);
      if (status === 'waiting' || status === 'present') deps.repo.signOut(out.id, at);
      deps.audit.record({
        actor: 'visitor',
        action: 'visit.badgeReturned',
        subject: String(out.id),
      });
    })();
    deps.changed(out.visitDate);
    return result('returned', { name: firstWord(out.visitorName), label, visitId: out.id });
  }

  function staffTap(holder: HolderRow, personId: number): BadgeTap | null {
    if (!deps.settings.get().staffPresence) return null;
    const now = deps.now();
    const day = deps.dateOf(now);
    const direction = deps.presence.lastDirection(personId, day) === 'in' ? 'out' : 'in';
    deps.presence.record(personId, direction, now.toISOString(), day);
    deps.changed(day);
    return result(direction === 'in' ? 'staffIn' : 'staffOut', { name: holder.firstName });
  }

  return {
    arm(visitId: number, actor: string) {
      const visit = deps.repo.byId(visitId);
      if (!visit) throw new AppError('not_found', `There is no visit ${visitId}.`);
      const status = statusOf(visit);
      if (status !== 'waiting' && status !== 'present')
        throw new AppError('conflict', 'Sign the visitor in before handing out a badge.');
      const desk = deps.desk.current();
      if (desk === null) throw new AppError('unauthorized', 'The console is locked.');
      armed = { visitId, until: deps.now().getTime() + armedMs, actor, desk };
      return { visitId, until: new Date(armed.until).toISOString() };
    },
    disarm: () => void (armed = null),
    /**
     * Called for every tap before the screens hear of it; null when reception has no say. What
     * a tap does follows the screen in front of the reader (`purpose`), decided here alone.
     */
    onTap(holder: HolderRow | null, uid: string, purpose: TapPurpose): BadgeTap | null {
      if (purpose === 'identify') return null;
      if (purpose === 'desk' && armed) {
        const handOut = armed.until > deps.now().getTime() && deps.desk.isOpen(armed.desk);
        if (handOut) return issue(holder?.uid ?? uid, armed.visitId, armed.actor);
      }
      armed = null;
      if (!holder) return null;
      const tag = deps.tags.byUid(holder.uid);
      if (!tag) return null;
      if (tag.pool === 'visitor') {
        if (!tagIsUsable(tag.status)) return result('unusable', { label: tag.label });
        return handIn(tag.id, tag.label);
      }
      // Staff tap in and out at the lobby's screens, not at the desk.
      if (purpose !== 'reception') return null;
      if (holder.holderKind === 'person' && holder.personId !== null && tagIsUsable(tag.status))
        return staffTap(holder, holder.personId);
      return null;
    },
  };
}
export type BadgeTaps = ReturnType<typeof badgeTaps>;
