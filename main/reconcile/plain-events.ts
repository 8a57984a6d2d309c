/**
 * Which door events cannot lead to a finding, said as a filter the database applies before a
 * single row reaches JavaScript: a million events are mostly our own people entering their own
 * zones in their own hours, and other tenants at the shared doors. The rules in event-rules.ts
 * stay the one definition; a test runs every reconciliation with and without this filter and
 * wants the same findings, so the filter may only ever be narrower than the rules.
 */
import { DateTime } from 'luxon';
import type { EventFilter, PlainGrant, PlainWindow } from '../../db/repos/reconcile';
import { profileAccess } from '../domain/expected-access';
import type { ReconcileInput } from './context';

type Side = Omit<ReconcileInput, 'events' | 'asOf' | 'asOfDate' | 'visits'>;

const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

export function plainEvents(side: Side): EventFilter {
  const { site } = side;
  const zone = site.site.timezone;
  // Thousands of people share a few start and end dates: each midnight is worked out once.
  const midnights = new Map<string, number>();
  const midnight = (date: string, plusDays = 0) => {
    const key = `${date}+${plusDays}`;
    let ms = midnights.get(key);
    if (ms === undefined) {
      ms = DateTime.fromISO(date, { zone }).plus({ days: plusDays }).toMillis();
      midnights.set(key, ms);
    }
    return ms;
  };
  const people = new Map(side.people.map((p) => [p.id, p]));
  const tags = new Map(side.tags.map((t) => [t.id, t]));
  const lost = new Map(side.lost.map((l) => [l.tagId, Date.parse(l.at)]));
  const doorsOf = new Map<string, string[]>();
  for (const d of site.doors) doorsOf.set(d.zone, [...(doorsOf.get(d.zone) ?? []), d.id]);

  // Each custody period of a staff tag with a profile, and once per profile the doors and hours
  // it gives: the database joins the two, so the cost is tags + profiles, never their product.
  const plainGrants: PlainGrant[] = [];
  const profiles = new Set<string>();
  for (const c of side.custody) {
    const tag = tags.get(c.tagId);
    const person = c.personId === null ? undefined : people.get(c.personId);
    if (!tag || tag.pool !== 'staff' || c.holderKind !== 'person' || !person?.profileId) continue;
    const since = Math.max(
      Date.parse(c.startedAt),
      person.startDate ? midnight(person.startDate) : -Infinity,
    );
    const until = Math.min(
      c.endedAt === null ? Infinity : Date.parse(c.endedAt),
      lost.get(tag.id) ?? Infinity,
      person.endDate ? midnight(person.endDate, 1) : Infinity,
    );
    if (!(since < until)) continue;
    plainGrants.push({ uid: tag.uid, profile: person.profileId, since, until });
    profiles.add(person.profileId);
  }
  const plainWindows: PlainWindow[] = [];
  for (const profile of profiles) {
    for (const access of profileAccess(site, profile)) {
      for (const doorId of doorsOf.get(access.zone) ?? []) {
        for (const w of access.windows) {
          for (const weekday of w.days) {
            plainWindows.push({
              profile,
              doorId,
              weekday,
              fromMin: minutesOf(w.from),
              toMin: minutesOf(w.to),
            });
          }
        }
      }
    }
  }

  // Another organisation's card the building knows: only our own floor can make it a finding,
  // and only for a tenant or an organisation the site does not name (export-rules.ts and
  // event-rules.ts theirCard).
  const ourUids = new Set(side.tags.map((t) => t.uid));
  const roles = new Map<string, string>();
  for (const o of site.organisations) {
    for (const name of [o.name, ...o.aliases]) roles.set(name.toLowerCase(), o.role);
  }
  const quietEverywhere: string[] = [];
  const quietOffFloor: string[] = [];
  // As the rules look a card up: by its printed key, the last row with it winning.
  const byNumber = new Map(side.cardholders.filter((c) => c.cardKey).map((c) => [c.cardKey!, c]));
  for (const c of byNumber.values()) {
    if (!c.cardKey || (c.cardUid && ourUids.has(c.cardUid))) continue;
    const role = c.organisation ? (roles.get(c.organisation.toLowerCase()) ?? null) : null;
    // Our own company's card that is not ours in the register: its events are the evidence.
    if (role === 'own') continue;
    (role === null || role === 'tenant' ? quietOffFloor : quietEverywhere).push(c.cardKey);
  }
  const ownFloor = new Set(site.zones.filter((z) => z.ownFloor).map((z) => z.id));
  return {
    plainGrants,
    plainWindows,
    quietEverywhere,
    quietOffFloor,
    ownFloorDoors: site.doors.filter((d) => ownFloor.has(d.zone)).map((d) => d.id),
    cardlessKept: ['DOOR_FORCED', 'DOOR_HELD'],
  };
}
