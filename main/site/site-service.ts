import type { AuditRepo } from '../../db/repos/audit';
import type { SettingsRepo } from '../../db/repos/settings';
import type { SiteRepo } from '../../db/repos/site';
import type { Db } from '../../db/open';
import { z } from 'zod';
import { AppError } from '../ipc/errors';
import { emptySummary, type ImportSummary } from '../tables/summary';
import { SiteConfig, Window, describeSiteErrors } from '../domain/site-model';
import { siteSettings } from '../domain/site-settings';

const OfficeHours = z.array(Window);

/** A JSON key order independent comparison, so a reformatted file still counts as unchanged. */
function same(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([k, x]) => [k, canonical(x)]),
          )
        : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

export function siteService(deps: {
  db: Db;
  site: SiteRepo;
  settings: SettingsRepo;
  audit: AuditRepo;
}) {
  const { db, site, settings, audit } = deps;

  const current = (): SiteConfig => ({
    version: 1,
    site: siteSettings(settings).get(),
    officeHours: settings.get('site.officeHours', OfficeHours, []),
    organisations: site.organisations(),
    zones: site.zones(),
    doors: site.doors(),
    schedules: site.schedules(),
    profiles: site.profiles(),
    buildingLevels: site.buildingLevels(),
  });

  /** Validates the whole file first; only a file without a single error is applied, in one transaction. */
  const importSite = (fileName: string, text: string, actor: string): ImportSummary => {
    const summary = emptySummary(fileName, 'site');
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      summary.rejected.push({
        row: null,
        column: null,
        reason: `not valid JSON: ${(err as Error).message}`,
      });
      return summary;
    }
    const parsed = SiteConfig.safeParse(json);
    if (!parsed.success) {
      // "zones[2].id: …": the path is the column, named once; the reason is the rest.
      summary.rejected = describeSiteErrors(parsed.error).map((line) => {
        const colon = line.indexOf(': ');
        return colon < 0
          ? { row: null, column: null, reason: line }
          : { row: null, column: line.slice(0, colon), reason: line.slice(colon + 2) };
      });
      return summary;
    }
    const next = parsed.data;
    const before = current();
    const count = (changed: boolean, existed: boolean) => {
      summary.rows += 1;
      if (!existed) summary.imported += 1;
      else if (changed) summary.updated += 1;
      else summary.unchanged += 1;
    };

    db.transaction(() => {
      count(!same(before.site, next.site), true);
      siteSettings(settings).set(next.site);
      count(!same(before.officeHours, next.officeHours), true);
      settings.set('site.officeHours', next.officeHours);
      // The whole file, as the other kiosks of a central store take it (adoptDocument).
      settings.set('site.document', next);

      // Zones and schedules first (everything refers to them), removals last (in reverse).
      sync(before.zones, next.zones, (z) => z.id, site.putZone, count);
      syncRecord(before.schedules, next.schedules, site.putSchedule, count);
      sync(before.doors, next.doors, (d) => d.id, site.putDoor, count);
      sync(before.profiles, next.profiles, (p) => p.id, site.putProfile, count);
      sync(
        before.buildingLevels,
        next.buildingLevels,
        (l) => l.name.toLowerCase(),
        site.putLevel,
        count,
      );
      sync(
        before.organisations,
        next.organisations,
        (o) => o.name.toLowerCase(),
        site.putOrganisation,
        count,
      );

      const gone = <T>(old: T[], now: T[], key: (t: T) => string) => {
        const keep = new Set(now.map(key));
        return old.filter((item) => !keep.has(key(item)));
      };
      try {
        gone(before.organisations, next.organisations, (o) => o.name.toLowerCase()).forEach((o) =>
          site.deleteOrganisation(o.name),
        );
        gone(before.buildingLevels, next.buildingLevels, (l) => l.name.toLowerCase()).forEach((l) =>
          site.deleteLevel(l.name),
        );
        gone(before.profiles, next.profiles, (p) => p.id).forEach((p) => site.deleteProfile(p.id));
        gone(before.doors, next.doors, (d) => d.id).forEach((d) => site.deleteDoor(d.id));
        Object.keys(before.schedules)
          .filter((id) => !(id in next.schedules))
          .forEach((id) => site.deleteSchedule(id));
        gone(before.zones, next.zones, (z) => z.id).forEach((z) => site.deleteZone(z.id));
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
          throw new AppError(
            'conflict',
            'The file leaves out an organisation or profile that people in the staff list still use. ' +
              'Keep it in the file, or change those people first.',
          );
        }
        throw err;
      }
      if (summary.imported + summary.updated > 0) {
        audit.record({ actor, action: 'site.import', subject: fileName, detail: { ...summary } });
      }
    })();
    return summary;
  };

  return {
    current,
    importSite,
    /**
     * The site file another kiosk imported, as the central store brought it: applied here the
     * same way, unless this kiosk's site is that already.
     */
    adoptDocument(actor: string): ImportSummary | null {
      const doc = settings.get('site.document', z.unknown(), null);
      if (doc === null || same(doc, current())) return null;
      return importSite('central store', JSON.stringify(doc), actor);
    },
    /** site.json exactly as the office manager's tools write it: 2-space JSON and a newline. */
    exportSite: () => `${JSON.stringify(current(), null, 2)}\n`,
  };
}
export type SiteService = ReturnType<typeof siteService>;

function sync<T>(
  before: T[],
  next: T[],
  key: (t: T) => string,
  put: (item: T, position: number) => void,
  count: (changed: boolean, existed: boolean) => void,
): void {
  const old = new Map(before.map((item, i) => [key(item), { item, i }]));
  next.forEach((item, position) => {
    const previous = old.get(key(item));
    const changed = !previous || previous.i !== position || !same(previous.item, item);
    if (changed) put(item, position);
    count(!!previous && !same(previous.item, item), !!previous);
  });
}

function syncRecord<T>(
  before: Record<string, T>,
  next: Record<string, T>,
  put: (id: string, item: T, position: number) => void,
  count: (changed: boolean, existed: boolean) => void,
): void {
  const oldKeys = Object.keys(before);
  Object.entries(next).forEach(([id, item], position) => {
    const existed = id in before;
    const changed = !existed || oldKeys.indexOf(id) !== position || !same(before[id], item);
    if (changed) put(id, item, position);
    count(existed && !same(before[id], item), existed);
  });
}
