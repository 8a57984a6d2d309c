/**
 * site.json, version 1: the office manager's whole model of who should get in where. Parsing is
 * strict (unknown fields are errors) and every cross-reference is checked, so a refused file says
 * exactly where it is wrong: `profiles[2].rules[0].schedule: unknown schedule "STDX"`.
 */
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { doorDirections, organisationRoles } from '../../vocabulary';
import { minutesOf } from '../../db/clock-time';

const Id = z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'use 1–40 letters, digits, "_", "-" or "."');
const Text = z.string().trim().min(1, 'must not be empty');
/** A name per language of the kiosk, where the site gives one ({"nl": "…", "en": "…"}). */
const Labels = z.strictObject({ nl: Text.optional(), en: Text.optional() });
const Time = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'use HH:MM between 00:00 and 24:00');

export const Window = z
  .strictObject({
    days: z.array(z.number().int().min(1).max(7)).min(1, 'name at least one day (1 = Monday)'),
    from: Time,
    to: Time,
  })
  .superRefine((w, ctx) => {
    if (minutesOf(w.to) <= minutesOf(w.from)) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `"to" (${w.to}) is not after "from" (${w.from})`,
      });
    }
    if (new Set(w.days).size !== w.days.length) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'a day is listed twice' });
    }
  });

const Grant = z.strictObject({ zones: z.array(Id).min(1), schedule: Id });

export const SiteConfig = z
  .strictObject({
    version: z.literal(1, 'only version 1 is understood'),
    site: z.strictObject({
      name: Text,
      names: Labels.optional(),
      timezone: z.string().refine((tz) => IANAZone.isValidZone(tz), 'not a known time zone'),
    }),
    officeHours: z.array(Window),
    organisations: z.array(
      z.strictObject({
        name: Text,
        role: z.enum(organisationRoles),
        aliases: z.array(Text),
      }),
    ),
    zones: z.array(
      z.strictObject({ id: Id, label: Text, labels: Labels.optional(), ownFloor: z.boolean() }),
    ),
    doors: z.array(
      z.strictObject({
        id: Id,
        zone: Id,
        direction: z.enum(doorDirections),
        names: z.array(Text).min(1, 'a door needs at least one name'),
      }),
    ),
    schedules: z.record(Id, z.array(Window).min(1, 'a schedule needs at least one window')),
    profiles: z.array(
      z.strictObject({
        id: Id,
        label: Text,
        labels: Labels.optional(),
        rules: z.array(Grant).min(1),
      }),
    ),
    // A level may grant none of our zones (another floor's, the car park's): people hold it, and
    // the reconciliation must know it gives nothing here.
    buildingLevels: z.array(z.strictObject({ name: Text, grants: z.array(Grant) })),
  })
  .superRefine(checkReferences);

export type SiteConfig = z.output<typeof SiteConfig>;
export type ScheduleWindow = z.output<typeof Window>;

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function checkReferences(site: SiteConfig, ctx: Ctx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const unique = <T>(
    items: T[],
    key: (t: T) => string,
    path: (i: number) => Path,
    what: string,
  ) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const k = key(item).toLowerCase();
      const first = seen.get(k);
      if (first === undefined) seen.set(k, i);
      else issue(path(i), `duplicate ${what} "${key(item)}" (also at index ${first})`);
    });
  };

  unique(
    site.organisations,
    (o) => o.name,
    (i) => ['organisations', i, 'name'],
    'organisation',
  );
  // Every spelling (name or alias) may name one organisation only: imports resolve by them.
  const owners = new Map<string, string>();
  site.organisations.forEach((org, i) => {
    [org.name, ...org.aliases].forEach((spelling, j) => {
      const owner = owners.get(spelling.toLowerCase());
      if (owner === undefined) owners.set(spelling.toLowerCase(), org.name);
      else if (owner.toLowerCase() !== org.name.toLowerCase()) {
        const path: Path =
          j === 0 ? ['organisations', i, 'name'] : ['organisations', i, 'aliases', j - 1];
        issue(path, `"${spelling}" already names organisation "${owner}"`);
      }
    });
  });

  unique(
    site.zones,
    (z) => z.id,
    (i) => ['zones', i, 'id'],
    'zone',
  );
  unique(
    site.doors,
    (d) => d.id,
    (i) => ['doors', i, 'id'],
    'door',
  );
  unique(
    site.profiles,
    (p) => p.id,
    (i) => ['profiles', i, 'id'],
    'profile',
  );
  unique(
    site.buildingLevels,
    (l) => l.name,
    (i) => ['buildingLevels', i, 'name'],
    'building level',
  );

  const zones = new Set(site.zones.map((z) => z.id));
  const schedules = new Set(Object.keys(site.schedules));
  const zoneOfName = new Map<string, { zone: string; door: string }>();
  site.doors.forEach((door, i) => {
    if (!zones.has(door.zone)) issue(['doors', i, 'zone'], `unknown zone "${door.zone}"`);
    const own = new Set<string>();
    door.names.forEach((name, j) => {
      const key = name.toLowerCase();
      if (own.has(key)) issue(['doors', i, 'names', j], `duplicate door name "${name}"`);
      own.add(key);
      // One name may cover an in and an out reader of the same zone; across zones it is ambiguous.
      const other = zoneOfName.get(key);
      if (other && other.zone !== door.zone && other.door !== door.id) {
        issue(
          ['doors', i, 'names', j],
          `duplicate door name "${name}" (door ${other.door} in zone ${other.zone})`,
        );
      }
      if (!other) zoneOfName.set(key, { zone: door.zone, door: door.id });
    });
  });

  const checkGrants = (grants: { zones: string[]; schedule: string }[], base: Path) => {
    grants.forEach((grant, j) => {
      if (!schedules.has(grant.schedule)) {
        issue([...base, j, 'schedule'], `unknown schedule "${grant.schedule}"`);
      }
      grant.zones.forEach((zone, k) => {
        if (!zones.has(zone)) issue([...base, j, 'zones', k], `unknown zone "${zone}"`);
      });
      if (new Set(grant.zones).size !== grant.zones.length) {
        issue([...base, j, 'zones'], 'a zone is listed twice');
      }
    });
  };
  site.profiles.forEach((p, i) => checkGrants(p.rules, ['profiles', i, 'rules']));
  site.buildingLevels.forEach((l, i) => checkGrants(l.grants, ['buildingLevels', i, 'grants']));
}

/** `profiles[2].rules[0].schedule` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
}

export function describeSiteErrors(error: z.ZodError): string[] {
  return error.issues.map((issue) =>
    issue.path.length ? `${formatPath(issue.path)}: ${issue.message}` : issue.message,
  );
}
