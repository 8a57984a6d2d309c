/**
 * Our side of the comparison, indexed for the rules: who held which tag when, which zone each
 * door is in, what each person's expected profile gives, and the building's newest export.
 */
import type {
  RecCardholder,
  RecCustody,
  RecEvent,
  RecPerson,
  RecTag,
  RecVisit,
} from '../../db/repos/reconcile';
import { profileAccess, type ZoneAccess } from '../domain/expected-access';
import type { SiteConfig } from '../domain/site-model';

export interface ReconcileInput {
  asOf: number;
  /** Site-local date of asOf, YYYY-MM-DD. */
  asOfDate: string;
  site: SiteConfig;
  events: RecEvent[];
  people: RecPerson[];
  tags: RecTag[];
  custody: RecCustody[];
  lost: { tagId: number; at: string }[];
  visits: RecVisit[];
  cardholders: RecCardholder[];
}

export function reconcileContext(input: ReconcileInput) {
  const { site } = input;
  const personById = new Map(input.people.map((p) => [p.id, p]));
  const personByEmployeeId = new Map(
    input.people.filter((p) => p.employeeId).map((p) => [p.employeeId!, p]),
  );
  const tagByUid = new Map(input.tags.map((t) => [t.uid, t]));
  const custodyOf = new Map<number, RecCustody[]>();
  for (const c of input.custody) {
    const list = custodyOf.get(c.tagId);
    if (list) list.push(c);
    else custodyOf.set(c.tagId, [c]);
  }
  // Custody periods as numbers, parsed once: a tag is looked up for every event it has.
  const custodySpans = new Map<number, { from: number; until: number; custody: RecCustody }[]>();
  for (const [tagId, list] of custodyOf) {
    custodySpans.set(
      tagId,
      list.map((c) => ({
        from: Date.parse(c.startedAt),
        until: c.endedAt === null ? Infinity : Date.parse(c.endedAt),
        custody: c,
      })),
    );
  }
  const lostAt = new Map(input.lost.map((l) => [l.tagId, Date.parse(l.at)]));
  // A million events meet ten thousand cards: look each up by its printed key, never by a scan.
  const cardholderByNumber = new Map(
    input.cardholders.filter((c) => c.cardKey).map((c) => [c.cardKey!, c]),
  );
  const eventsByCard = new Map<string, RecEvent[]>();
  for (const e of input.events) {
    if (!e.cardKey) continue;
    const list = eventsByCard.get(e.cardKey);
    if (list) list.push(e);
    else eventsByCard.set(e.cardKey, [e]);
  }
  // Who holds each tag now (the open custody), and each person's tags and cardholder rows:
  // indexes built once, so the rules never filter one list per item of another.
  const tagsHeldBy = new Map<number, RecTag[]>();
  for (const t of input.tags) {
    const last = custodyOf.get(t.id)?.at(-1);
    if (t.status !== 'active' || last?.personId == null || last.endedAt !== null) continue;
    tagsHeldBy.set(last.personId, [...(tagsHeldBy.get(last.personId) ?? []), t]);
  }
  const visitsByBadge = new Map<string, RecVisit[]>();
  for (const v of input.visits) {
    if (v.badgeUid) visitsByBadge.set(v.badgeUid, [...(visitsByBadge.get(v.badgeUid) ?? []), v]);
  }
  const levelByName = new Map(site.buildingLevels.map((l) => [l.name.toLowerCase(), l]));
  const zoneOfDoor = new Map(site.doors.map((d) => [d.id, d.zone]));
  const ownFloor = new Set(site.zones.filter((z) => z.ownFloor).map((z) => z.id));
  const orgRole = new Map<string, string>();
  for (const o of site.organisations) {
    for (const name of [o.name, ...o.aliases]) orgRole.set(name.toLowerCase(), o.role);
  }
  const access = new Map<string, ZoneAccess[]>();
  const profile = (profileId: string | null) => {
    const key = profileId ?? '';
    if (!access.has(key)) access.set(key, profileAccess(site, profileId));
    return access.get(key)!;
  };

  return {
    ...input,
    personByEmployeeId,
    tagByUid,
    cardholderByNumber,
    eventsOfCard: (cardKey: string | null) =>
      cardKey === null ? [] : (eventsByCard.get(cardKey) ?? []),
    /** The active tags a person holds now. */
    tagsHeldBy: (personId: number) => tagsHeldBy.get(personId) ?? [],
    visitsOfBadge: (uid: string) => visitsByBadge.get(uid) ?? [],
    lostAt,
    ownFloor,
    /** Whoever held the tag at that moment (custody is half-open: start ≤ at < end). */
    holderAt(tag: RecTag, at: number): RecCustody | null {
      const periods = custodySpans.get(tag.id) ?? [];
      return periods.find((p) => p.from <= at && at < p.until)?.custody ?? null;
    },
    /** Everyone who ever held the tag, newest last. */
    holders: (tag: RecTag) => custodyOf.get(tag.id) ?? [],
    person: (id: number | null) => (id === null ? null : (personById.get(id) ?? null)),
    zoneOf: (doorId: string | null) => (doorId === null ? null : (zoneOfDoor.get(doorId) ?? null)),
    profile,
    /** Our own company, the partner firm, a contractor, another tenant, or unknown (null). */
    roleOf: (company: string | null) =>
      company ? (orgRole.get(company.toLowerCase()) ?? null) : null,
    /** The zones a person's building levels grant (levels the site does not know grant none). */
    zonesOfLevels(levels: string[]): Set<string> {
      const zones = new Set<string>();
      for (const name of levels) {
        const level = levelByName.get(name.toLowerCase());
        for (const grant of level?.grants ?? []) grant.zones.forEach((z) => zones.add(z));
      }
      return zones;
    },
  };
}
export type ReconcileContext = ReturnType<typeof reconcileContext>;

/** Employed on that local date: started, and not past the end date. */
export const employedOn = (p: RecPerson, date: string) =>
  (p.startDate === null || p.startDate <= date) && (p.endDate === null || p.endDate >= date);

const dayMs = 86_400_000;
const dates = new Map<number, string>();

/** The site-local date (YYYY-MM-DD), ISO weekday (1 = Monday) and minute of a wall-clock moment. */
export function localParts(localMs: number): { date: string; weekday: number; minutes: number } {
  const day = Math.floor(localMs / dayMs);
  let date = dates.get(day);
  if (date === undefined) dates.set(day, (date = new Date(day * dayMs).toISOString().slice(0, 10)));
  // 1 January 1970 was a Thursday.
  const weekday = ((day + 3) % 7) + 1;
  return { date, weekday, minutes: Math.floor((localMs - day * dayMs) / 60_000) };
}

/** Is that local moment inside any of the windows ("HH:MM" to "HH:MM" on ISO weekdays)? */
export function insideWindows(windows: ZoneAccess['windows'], localMs: number): boolean {
  const { weekday, minutes } = localParts(localMs);
  return windows.some(
    (w) => w.days.includes(weekday) && minutes >= toMinutes(w.from) && minutes < toMinutes(w.to),
  );
}

const minutesOf = new Map<string, number>();
/** "HH:MM" as minutes past midnight, each text read once. */
function toMinutes(t: string): number {
  let m = minutesOf.get(t);
  if (m === undefined) minutesOf.set(t, (m = Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))));
  return m;
}
