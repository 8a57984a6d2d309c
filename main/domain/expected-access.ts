/**
 * What a profile should let someone do: the zones and the site-local hours. This is the side of
 * reconciliation the office manager owns; the building's data is compared with it.
 */
import type { SiteConfig, ScheduleWindow } from './site-model';

export interface ZoneAccess {
  zone: string;
  label: string;
  /** The zone's name per language, where the site gives one. */
  labels?: { nl?: string; en?: string };
  windows: ScheduleWindow[];
}

/** Zones in site order, each with every window any rule of the profile gives it. */
export function profileAccess(site: SiteConfig, profileId: string | null): ZoneAccess[] {
  const profile = site.profiles.find((p) => p.id === profileId);
  if (!profile) return [];
  const byZone = new Map<string, ScheduleWindow[]>();
  for (const rule of profile.rules) {
    const windows = site.schedules[rule.schedule] ?? [];
    for (const zone of rule.zones) byZone.set(zone, [...(byZone.get(zone) ?? []), ...windows]);
  }
  return site.zones
    .filter((z) => byZone.has(z.id))
    .map((z) => ({
      zone: z.id,
      label: z.label,
      ...(z.labels ? { labels: z.labels } : {}),
      windows: byZone.get(z.id) ?? [],
    }));
}

/** Is someone employed on `day` (YYYY-MM-DD)? Leavers keep their row with an end date. */
export function employedOn(
  person: { startDate: string | null; endDate: string | null },
  day: string,
): boolean {
  return (
    (person.startDate === null || person.startDate <= day) &&
    (person.endDate === null || person.endDate >= day)
  );
}
