/**
 * The door-event log against our side: each event is looked at once, and the first rule that
 * explains it files it (a lost tag's use is not also an after-hours entry). People are matched by
 * card (the tag register) and employee id, never by name.
 */
import type { RecEvent, RecPerson, RecTag } from '../../db/repos/reconcile';
import type { FindingKind } from '../../vocabulary';
import { employedOn, insideWindows, localParts, type ReconcileContext } from './context';
import type { FindingSet, Subject } from './finding';
import { severityOf } from './severity';

const denied = (e: RecEvent) => e.outcome !== null && e.outcome.startsWith('DENIED_');
/** A visit covers its badge from a little before check-in to a little after check-out. */
const graceMs = 15 * 60 * 1000;

export function eventRules(ctx: ReconcileContext, out: FindingSet): void {
  const file = (kind: FindingKind, subject: Subject, e: RecEvent) =>
    out.add(kind, severityOf[kind], subject, [e]);

  for (const e of ctx.events) {
    if (e.outcome === 'DOOR_FORCED' && e.doorId) file('DOOR_FORCED', { door: e.door }, e);
    if (e.outcome === 'DOOR_HELD' && e.doorId) file('DOOR_HELD_OPEN', { door: e.door }, e);
    if (!e.cardNumber) continue;
    const tag = e.cardUid ? ctx.tagByUid.get(e.cardUid) : undefined;
    if (tag) ourTag(ctx, file, e, tag);
    else theirCard(ctx, file, e);
  }
}

type File = (kind: FindingKind, subject: Subject, e: RecEvent) => void;

const subjectOf = (tag: RecTag, e: RecEvent, person: RecPerson | null): Subject => ({
  employeeId: person?.employeeId ?? null,
  holderName: person?.name ?? null,
  tagUid: tag.uid,
  cardNumber: e.cardNumber,
});

function ourTag(ctx: ReconcileContext, file: File, e: RecEvent, tag: RecTag): void {
  const custody = ctx.holderAt(tag, e.at);
  const lost = ctx.lostAt.get(tag.id);
  if (lost !== undefined && e.at > lost) {
    // Nobody holds a lost tag; it is about whoever lost it.
    const loser = ctx.person(ctx.holderAt(tag, lost - 1)?.personId ?? null);
    return file('LOST_TAG_USED', subjectOf(tag, e, loser), e);
  }
  const person = ctx.person(custody?.personId ?? null);
  const subject = subjectOf(tag, e, person);
  if (tag.pool === 'visitor' || custody?.holderKind === 'visitor_pool') {
    if (!duringVisit(ctx, tag, e)) file('VISITOR_BADGE_USED_OUTSIDE_VISIT', subject, e);
    return;
  }
  if (e.outcome === 'DENIED_APB') return file('ANTI_PASSBACK', subject, e);
  if (!person) return;
  const { date } = localParts(e.localMs);
  if (person.endDate !== null && date > person.endDate) {
    return file(denied(e) ? 'DEPARTED_TAG_DENIED' : 'DEPARTED_TAG_USED', subject, e);
  }
  if (!employedOn(person, date)) return;
  if (e.outcome === 'DENIED_UNKNOWN') return file('UNENROLLED_TAG_DENIED', subject, e);
  if (e.outcome === 'DENIED_SCHEDULE') return file('AFTER_HOURS_DENIED', subject, e);
  profileRules(ctx, file, e, person, subject);
}

/** The door's zone against the person's expected profile: where, and when. */
function profileRules(
  ctx: ReconcileContext,
  file: File,
  e: RecEvent,
  person: RecPerson,
  subject: Subject,
): void {
  const zone = ctx.zoneOf(e.doorId);
  if (zone === null || person.profileId === null) return;
  const access = ctx.profile(person.profileId).find((a) => a.zone === zone);
  const at = { ...subject, zone };
  if (!access) {
    if (e.outcome === 'GRANTED') file('OUT_OF_PROFILE_GRANTED', at, e);
    else if (e.outcome === 'DENIED_NO_RIGHTS') file('OUT_OF_PROFILE_DENIED', at, e);
    return;
  }
  if (e.outcome === 'DENIED_NO_RIGHTS') return file('EXPECTED_ACCESS_DENIED', at, e);
  if (e.outcome === 'GRANTED' && !insideWindows(access.windows, e.localMs)) {
    file('AFTER_HOURS_OUTSIDE_PROFILE', subject, e);
  }
}

/** A card our register does not know: another organisation's, or nobody's at all. */
function theirCard(ctx: ReconcileContext, file: File, e: RecEvent): void {
  const holder = e.cardKey === null ? undefined : ctx.cardholderByNumber.get(e.cardKey);
  const subject: Subject = {
    employeeId: holder?.employeeId ?? e.employeeId,
    holderName: holder?.name ?? null,
    cardNumber: e.cardNumber,
  };
  if (!holder) {
    if (e.doorId) file('UNKNOWN_CARD', subject, e);
    return;
  }
  const zone = ctx.zoneOf(e.doorId);
  const role = ctx.roleOf(holder.organisation);
  if (zone !== null && ctx.ownFloor.has(zone) && (role === null || role === 'tenant')) {
    file('FOREIGN_CARDHOLDER_ON_OWN_FLOOR', { ...subject, zone }, e);
  }
}

function duringVisit(ctx: ReconcileContext, tag: RecTag, e: RecEvent): boolean {
  const { date } = localParts(e.localMs);
  return ctx.visitsOfBadge(tag.uid).some((v) => {
    if (v.date !== date) return false;
    const from = v.checkedInAt ? Date.parse(v.checkedInAt) - graceMs : -Infinity;
    const until = v.checkedOutAt ? Date.parse(v.checkedOutAt) + graceMs : Infinity;
    return e.at >= from && e.at <= until;
  });
}
