/**
 * The site model in the database, read back in site.json's shape and written section by section.
 * Writes are single statements; the caller wraps a whole import in one transaction.
 */
import type { DoorDirection, OrganisationRole } from '../../vocabulary';
import { minutesOf, timeOf } from '../clock-time';
import type { Db } from '../open';

// The rows of the site model as site.json holds them; main/domain/site-model.ts validates them.
export interface ScheduleWindow {
  /** ISO weekdays, 1 = Monday. */
  days: number[];
  from: string;
  to: string;
}
interface Grant {
  zones: string[];
  schedule: string;
}
type Org = { name: string; role: OrganisationRole; aliases: string[] };
/** A name per language, where the site file gives one; the label is shown where it does not. */
export type Labels = { nl?: string; en?: string };
type Zone = { id: string; label: string; labels?: Labels; ownFloor: boolean };
type Door = { id: string; zone: string; direction: DoorDirection; names: string[] };
type Profile = { id: string; label: string; labels?: Labels; rules: Grant[] };

/** `labels` only when there are any, so a file without them reads back exactly as it was. */
const withLabels = (json: string): { labels?: Labels } => {
  const labels = JSON.parse(json) as Labels;
  return Object.keys(labels).length ? { labels } : {};
};
type Level = { name: string; grants: Grant[] };

export const daysToMask = (days: number[]) => days.reduce((mask, d) => mask | (1 << (d - 1)), 0);
export const maskToDays = (mask: number) =>
  [1, 2, 3, 4, 5, 6, 7].filter((d) => mask & (1 << (d - 1)));

export function siteRepo(db: Db) {
  const q = {
    orgs: db.prepare<[], { id: number; name: string; role: Org['role'] }>(
      'SELECT id, name, role FROM organisations ORDER BY position, id',
    ),
    aliases: db.prepare<[number], { alias: string }>(
      'SELECT alias FROM organisation_aliases WHERE organisation_id = ? ORDER BY position',
    ),
    zones: db.prepare<[], { id: string; label: string; labels: string; own_floor: number }>(
      'SELECT id, label, labels, own_floor FROM zones ORDER BY position, rowid',
    ),
    doors: db.prepare<[], { id: string; zone_id: string; direction: Door['direction'] }>(
      'SELECT id, zone_id, direction FROM doors ORDER BY position, rowid',
    ),
    doorNames: db.prepare<[string], { name: string }>(
      'SELECT name FROM door_names WHERE door_id = ? ORDER BY position',
    ),
    schedules: db.prepare<[], { id: string }>('SELECT id FROM schedules ORDER BY position, rowid'),
    windows: db.prepare<[string], { days: number; from_minute: number; to_minute: number }>(
      'SELECT days, from_minute, to_minute FROM schedule_windows WHERE schedule_id = ? ORDER BY id',
    ),
    profiles: db.prepare<[], { id: string; label: string; labels: string }>(
      'SELECT id, label, labels FROM profiles ORDER BY position, rowid',
    ),
    rules: db.prepare<[string], { id: number; schedule_id: string }>(
      'SELECT id, schedule_id FROM profile_rules WHERE profile_id = ? ORDER BY id',
    ),
    ruleZones: db.prepare<[number], { zone_id: string }>(
      'SELECT zone_id FROM profile_rule_zones WHERE rule_id = ? ORDER BY position',
    ),
    levels: db.prepare<[], { id: number; name: string }>(
      'SELECT id, name FROM building_levels ORDER BY position, id',
    ),
    grants: db.prepare<[number], { id: number; schedule_id: string }>(
      'SELECT id, schedule_id FROM building_level_grants WHERE level_id = ? ORDER BY id',
    ),
    grantZones: db.prepare<[number], { zone_id: string }>(
      'SELECT zone_id FROM building_level_grant_zones WHERE grant_id = ? ORDER BY position',
    ),
  };
  const w = {
    org: db.prepare<[string, string, number]>(
      `INSERT INTO organisations (name, role, position) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET name = excluded.name, role = excluded.role, position = excluded.position`,
    ),
    orgId: db.prepare<[string], { id: number }>('SELECT id FROM organisations WHERE name = ?'),
    clearAliases: db.prepare<[number]>(
      'DELETE FROM organisation_aliases WHERE organisation_id = ?',
    ),
    alias: db.prepare<[string, number, number]>(
      'INSERT INTO organisation_aliases (alias, organisation_id, position) VALUES (?, ?, ?)',
    ),
    deleteOrg: db.prepare<[string]>('DELETE FROM organisations WHERE name = ?'),
    zone: db.prepare<[string, string, string, number, number]>(
      `INSERT INTO zones (id, label, labels, own_floor, position) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET label = excluded.label, labels = excluded.labels,
         own_floor = excluded.own_floor, position = excluded.position`,
    ),
    deleteZone: db.prepare<[string]>('DELETE FROM zones WHERE id = ?'),
    door: db.prepare<[string, string, string, number]>(
      `INSERT INTO doors (id, zone_id, direction, position) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET zone_id = excluded.zone_id, direction = excluded.direction, position = excluded.position`,
    ),
    clearDoorNames: db.prepare<[string]>('DELETE FROM door_names WHERE door_id = ?'),
    doorName: db.prepare<[string, string, number]>(
      'INSERT INTO door_names (door_id, name, position) VALUES (?, ?, ?)',
    ),
    deleteDoor: db.prepare<[string]>('DELETE FROM doors WHERE id = ?'),
    schedule: db.prepare<[string, number]>(
      'INSERT INTO schedules (id, position) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position',
    ),
    clearWindows: db.prepare<[string]>('DELETE FROM schedule_windows WHERE schedule_id = ?'),
    window: db.prepare<[string, number, number, number]>(
      'INSERT INTO schedule_windows (schedule_id, days, from_minute, to_minute) VALUES (?, ?, ?, ?)',
    ),
    deleteSchedule: db.prepare<[string]>('DELETE FROM schedules WHERE id = ?'),
    profile: db.prepare<[string, string, string, number]>(
      `INSERT INTO profiles (id, label, labels, position) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET label = excluded.label, labels = excluded.labels,
         position = excluded.position`,
    ),
    clearRules: db.prepare<[string]>('DELETE FROM profile_rules WHERE profile_id = ?'),
    rule: db.prepare<[string, string], { id: number }>(
      'INSERT INTO profile_rules (profile_id, schedule_id) VALUES (?, ?) RETURNING id',
    ),
    ruleZone: db.prepare<[number, string, number]>(
      'INSERT INTO profile_rule_zones (rule_id, zone_id, position) VALUES (?, ?, ?)',
    ),
    deleteProfile: db.prepare<[string]>('DELETE FROM profiles WHERE id = ?'),
    level: db.prepare<[string, number]>(
      `INSERT INTO building_levels (name, position) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET name = excluded.name, position = excluded.position`,
    ),
    levelId: db.prepare<[string], { id: number }>('SELECT id FROM building_levels WHERE name = ?'),
    clearGrants: db.prepare<[number]>('DELETE FROM building_level_grants WHERE level_id = ?'),
    grant: db.prepare<[number, string], { id: number }>(
      'INSERT INTO building_level_grants (level_id, schedule_id) VALUES (?, ?) RETURNING id',
    ),
    grantZone: db.prepare<[number, string, number]>(
      'INSERT INTO building_level_grant_zones (grant_id, zone_id, position) VALUES (?, ?, ?)',
    ),
    deleteLevel: db.prepare<[string]>('DELETE FROM building_levels WHERE name = ?'),
  };

  const windowsOf = (scheduleId: string): ScheduleWindow[] =>
    q.windows.all(scheduleId).map((r) => ({
      days: maskToDays(r.days),
      from: timeOf(r.from_minute),
      to: timeOf(r.to_minute),
    }));
  const writeWindows = (scheduleId: string, windows: ScheduleWindow[]) => {
    w.clearWindows.run(scheduleId);
    for (const win of windows) {
      w.window.run(scheduleId, daysToMask(win.days), minutesOf(win.from), minutesOf(win.to));
    }
  };

  return {
    /** Our own organisation, the controller of what Lobby keeps; null when the model has none. */
    ownOrganisation: (): string | null => q.orgs.all().find((o) => o.role === 'own')?.name ?? null,
    organisations: (): Org[] =>
      q.orgs.all().map((o) => ({
        name: o.name,
        role: o.role,
        aliases: q.aliases.all(o.id).map((a) => a.alias),
      })),
    zones: (): Zone[] =>
      q.zones.all().map((z) => ({
        id: z.id,
        label: z.label,
        ...withLabels(z.labels),
        ownFloor: z.own_floor === 1,
      })),
    doors: (): Door[] =>
      q.doors.all().map((d) => ({
        id: d.id,
        zone: d.zone_id,
        direction: d.direction,
        names: q.doorNames.all(d.id).map((n) => n.name),
      })),
    schedules: (): Record<string, ScheduleWindow[]> =>
      Object.fromEntries(q.schedules.all().map((s) => [s.id, windowsOf(s.id)])),
    profiles: (): Profile[] =>
      q.profiles.all().map((p) => ({
        id: p.id,
        label: p.label,
        ...withLabels(p.labels),
        rules: q.rules.all(p.id).map((r) => ({
          zones: q.ruleZones.all(r.id).map((z) => z.zone_id),
          schedule: r.schedule_id,
        })),
      })),
    buildingLevels: (): Level[] =>
      q.levels.all().map((l) => ({
        name: l.name,
        grants: q.grants.all(l.id).map((g) => ({
          zones: q.grantZones.all(g.id).map((z) => z.zone_id),
          schedule: g.schedule_id,
        })),
      })),

    putOrganisation(org: Org, position: number) {
      w.org.run(org.name, org.role, position);
      const { id } = w.orgId.get(org.name)!;
      w.clearAliases.run(id);
      org.aliases.forEach((alias, i) => w.alias.run(alias, id, i));
    },
    putZone: (z: Zone, position: number) =>
      w.zone.run(z.id, z.label, JSON.stringify(z.labels ?? {}), z.ownFloor ? 1 : 0, position),
    putDoor(d: Door, position: number) {
      w.door.run(d.id, d.zone, d.direction, position);
      w.clearDoorNames.run(d.id);
      d.names.forEach((name, i) => w.doorName.run(d.id, name, i));
    },
    putSchedule(id: string, windows: ScheduleWindow[], position: number) {
      w.schedule.run(id, position);
      writeWindows(id, windows);
    },
    putProfile(p: Profile, position: number) {
      w.profile.run(p.id, p.label, JSON.stringify(p.labels ?? {}), position);
      w.clearRules.run(p.id);
      for (const rule of p.rules) writeGrant(rule, w.rule.get(p.id, rule.schedule)!.id, w.ruleZone);
    },
    putLevel(l: Level, position: number) {
      w.level.run(l.name, position);
      const { id } = w.levelId.get(l.name)!;
      w.clearGrants.run(id);
      for (const grant of l.grants)
        writeGrant(grant, w.grant.get(id, grant.schedule)!.id, w.grantZone);
    },
    deleteOrganisation: (name: string) => w.deleteOrg.run(name),
    deleteZone: (id: string) => w.deleteZone.run(id),
    deleteDoor: (id: string) => w.deleteDoor.run(id),
    deleteSchedule: (id: string) => w.deleteSchedule.run(id),
    deleteProfile: (id: string) => w.deleteProfile.run(id),
    deleteLevel: (name: string) => w.deleteLevel.run(name),
  };
}

function writeGrant(
  grant: Grant,
  id: number,
  insert: { run(id: number, zone: string, position: number): unknown },
) {
  grant.zones.forEach((zone, i) => insert.run(id, zone, i));
}

export type SiteRepo = ReturnType<typeof siteRepo>;
