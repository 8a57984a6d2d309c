import { z } from 'zod';
import { auditRepo } from '../../db/repos/audit';
import { badgesRepo } from '../../db/repos/badges';
import { peopleRepo } from '../../db/repos/people';
import { settingsRepo } from '../../db/repos/settings';
import { siteRepo } from '../../db/repos/site';
import { tagsRepo } from '../../db/repos/tags';
import { visitsRepo } from '../../db/repos/visits';
import type { Db } from '../../db/open';
import type { BuildingImportRecord } from '../ipc/contract';
import { registerImports } from '../imports/register-imports';
import { siteService } from '../site/site-service';
import { custodyService } from '../tags/custody';
import { directory } from '../staff/directory';
import { peopleService } from '../staff/people-service';
import { staffLock } from '../staff-session/staff-lock';
import { utcToLocal } from '../imports/local-time';

const SiteZone = z.object({ timezone: z.string() });

/** The repositories and services on one database, shared by the kiosk and the command line. */
export function createServices(db: Db) {
  const settings = settingsRepo(db);
  const audit = auditRepo(db);
  const people = peopleRepo(db);
  const tags = tagsRepo(db);
  const visits = visitsRepo(db);
  const site = siteService({ db, site: siteRepo(db), settings, audit });
  const timezone = () => settings.get('site', SiteZone, { timezone: 'Europe/Amsterdam' }).timezone;
  return {
    db,
    settings,
    audit,
    people,
    tags,
    visits,
    badges: badgesRepo(db),
    site,
    custody: custodyService({ db, tags, audit }),
    directory: directory({
      people,
      tags,
      site,
      today: () => utcToLocal(new Date().toISOString(), timezone()).date,
    }),
    staffLock: staffLock({ settings, audit }),
    peopleEditor: peopleService({ db, people, audit }),
    imports: registerImports({ db, people, tags, visits, audit, site, timezone }),
    timezone,
    buildingImports: () =>
      db
        .prepare<[], BuildingImportRecord>(
          `SELECT id, file_name AS fileName, kind, rows, imported, duplicates, rejected,
             imported_at AS importedAt, imported_by AS importedBy
           FROM building_imports ORDER BY id DESC LIMIT 50`,
        )
        .all(),
  };
}
export type Services = ReturnType<typeof createServices>;
