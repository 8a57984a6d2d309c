/**
 * The building's newest cardholder export against our side: cards that should no longer work,
 * people who should have one, and levels that give more or less than the expected profile.
 */
import type { RecCardholder, RecPerson } from '../../db/repos/reconcile';
import { employedOn, type ReconcileContext } from './context';
import type { FindingSet } from './finding';
import { severityOf } from './severity';

const activeOn = (c: RecCardholder, date: string) =>
  c.status === 'active' && (c.validTo === null || c.validTo >= date);

export function exportRules(ctx: ReconcileContext, out: FindingSet): void {
  if (ctx.cardholders.length === 0) return;
  const date = ctx.asOfDate;
  const active = ctx.cardholders.filter((c) => activeOn(c, date));

  for (const card of active) {
    const tag = card.cardUid ? ctx.tagByUid.get(card.cardUid) : undefined;
    // Whoever held our tag last, or the staff member with that employee id.
    const lastHolder = tag ? ctx.person(ctx.holders(tag).at(-1)?.personId ?? null) : null;
    const person =
      lastHolder ?? (card.employeeId ? ctx.personByEmployeeId.get(card.employeeId) : null) ?? null;
    const subject = {
      employeeId: person?.employeeId ?? card.employeeId,
      holderName: person?.name ?? card.name,
      tagUid: tag?.uid ?? card.cardUid,
      cardNumber: card.cardNumber,
    };
    if (person?.endDate != null && person.endDate < date) {
      out.add('DEPARTED_STILL_ACTIVE', severityOf.DEPARTED_STILL_ACTIVE, subject);
    } else if (
      tag &&
      tag.pool === 'staff' &&
      (tag.status === 'returned' || tag.status === 'replaced')
    ) {
      out.add('RETURNED_TAG_STILL_ACTIVE', severityOf.RETURNED_TAG_STILL_ACTIVE, subject);
    } else if (!tag && !person && ctx.roleOf(card.organisation) === 'own') {
      out.add(
        'NOT_IN_STAFF_LIST',
        severityOf.NOT_IN_STAFF_LIST,
        subject,
        ctx.eventsOfCard(card.cardKey),
      );
    }
  }

  const exported = new Set(ctx.cardholders.map((c) => c.cardUid).filter(Boolean));
  const exportedIds = new Set(ctx.cardholders.map((c) => c.employeeId).filter(Boolean));
  const activeByUid = new Map<string, RecCardholder[]>();
  const activeById = new Map<string, RecCardholder[]>();
  const index = (map: Map<string, RecCardholder[]>, key: string | null, c: RecCardholder) => {
    if (key) map.set(key, [...(map.get(key) ?? []), c]);
  };
  const position = new Map(active.map((c, i) => [c, i]));
  for (const c of active) {
    index(activeByUid, c.cardUid, c);
    index(activeById, c.employeeId, c);
  }
  for (const person of ctx.people.filter((p) => employedOn(p, date))) {
    const tags = ctx.tagsHeldBy(person.id);
    if (tags.length === 0) continue;
    // The person's cardholder rows: by their tags, or by their employee number.
    const cards = [
      ...new Set([
        ...tags.flatMap((t) => activeByUid.get(t.uid) ?? []),
        ...(person.employeeId ? (activeById.get(person.employeeId) ?? []) : []),
      ]),
    ].sort((a, b) => position.get(a)! - position.get(b)!);
    if (!tags.some((t) => exported.has(t.uid)) && !exportedIds.has(person.employeeId)) {
      out.add('MISSING_IN_EXPORT', severityOf.MISSING_IN_EXPORT, {
        employeeId: person.employeeId,
        holderName: person.name,
        tagUid: tags[0]!.uid,
      });
      continue;
    }
    profileMismatch(ctx, out, person, cards, tags[0]!.uid);
  }
}

/** The zones the person's building levels grant, against the zones of the expected profile. */
function profileMismatch(
  ctx: ReconcileContext,
  out: FindingSet,
  person: RecPerson,
  cards: RecCardholder[],
  tagUid: string,
): void {
  if (person.profileId === null || cards.length === 0) return;
  const granted = ctx.zonesOfLevels(cards.flatMap((c) => c.accessLevels));
  const expected = new Set(ctx.profile(person.profileId).map((a) => a.zone));
  const extra = [...granted].filter((z) => !expected.has(z));
  const missing = [...expected].filter((z) => !granted.has(z));
  if (extra.length === 0 && missing.length === 0) return;
  out.add('PROFILE_MISMATCH', severityOf.PROFILE_MISMATCH, {
    employeeId: person.employeeId,
    holderName: person.name,
    tagUid,
    cardNumber: cards[0]?.cardNumber ?? null,
    zone: [...extra.map((z) => `+${z}`), ...missing.map((z) => `-${z}`)].join(' '),
  });
}
