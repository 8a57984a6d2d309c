/** The repositories and services on one database, shared by the kiosk and the command line. */
import { auditRepo } from '../../db/repos/audit';
import { buildingRepo } from '../../db/repos/building';
import { findingsRepo } from '../../db/repos/findings';
import { holdersRepo } from '../../db/repos/holders';
import { incidentsRepo } from '../../db/repos/incidents';
import { peopleRepo } from '../../db/repos/people';
import { personBuildingRepo } from '../../db/repos/person-building';
import { unmatchedCardsRepo } from '../../db/repos/unmatched-cards';
import { subjectDataRepo } from '../../db/repos/subject-data';
import { reconcileRepo } from '../../db/repos/reconcile';
import { settingsRepo } from '../../db/repos/settings';
import { siteRepo } from '../../db/repos/site';
import { tagsRepo } from '../../db/repos/tags';
import { unlockAttemptsRepo } from '../../db/repos/unlock-attempts';
import { operatorsRepo } from '../../db/repos/operators';
import { roleGrantsRepo } from '../../db/repos/role-grants';
import { visitsRepo } from '../../db/repos/visits';
import type { Db } from '../../db/open';
import { backupService } from '../backup/backup-service';
import { currentCall } from '../ipc/call-context';
import { retentionRepo } from '../../db/repos/retention';
import { retention } from '../privacy/retention';
import { subjectRequests } from '../privacy/subject-requests';
import { receptionSettings } from '../reception/reception-settings';
import { buildingService } from '../building';
import { consoleLock } from '../console/console-lock';
import { siteSettings } from '../domain/site-settings';
import { peopleReadModel, peopleService } from '../people';
import { findingsService } from '../reconcile';
import { incidentService, officerMail } from '../incidents';
import { roleGrants } from '../console/role-grants';
import { registerImports } from '../registers/register-imports';
import { chainDigest } from '../privacy/chain-digest';
import { siteService } from '../site';
import { utcToLocal } from '../tables/local-time';
import { custodyService, tagReadModel } from '../tags';
import { zoneReadModel } from '../zones/read-model';

export interface ServiceHooks {
  /** The incident register changed or queued a notice (the kiosk sends it and tells screens). */
  incidentsChanged?: () => void;
  /** The clock of the console, the incident register and backups (tests move it). */
  now?: () => Date;
}

export function createServices(db: Db, hooks: ServiceHooks = {}) {
  const now = hooks.now ?? (() => new Date());
  const settings = settingsRepo(db);
  // Each entry names the call (the screen's request) it was made in.
  const audit = auditRepo(db, undefined, currentCall);
  const people = peopleRepo(db);
  const tags = tagsRepo(db);
  const visits = visitsRepo(db);
  const siteOf = siteSettings(settings);
  const site = siteService({ db, site: siteRepo(db), settings, audit });
  const timezone = siteOf.timezone;
  const today = () => utcToLocal(new Date().toISOString(), timezone()).date;
  const incidents = incidentService({
    repo: incidentsRepo(db),
    audit,
    settings,
    siteName: siteOf.name,
    changed: () => hooks.incidentsChanged?.(),
    now,
  });
  const rights = roleGrants({
    repo: roleGrantsRepo(db),
    operators: operatorsRepo(db),
    audit,
    mail: officerMail({
      repo: incidentsRepo(db),
      settings,
      now,
      changed: () => hooks.incidentsChanged?.(),
    }),
    siteName: siteOf.name,
    now,
  });
  const tagView = tagReadModel({ people, tags, site: site.current, incidents });
  const purge = retention({
    db,
    repo: retentionRepo(db),
    settings,
    audit,
    visitorDays: () => receptionSettings(settings).get().visitorRetentionDays,
    timezone,
  });
  const backups = backupService({ db, settings, audit, now });
  return {
    db,
    settings,
    audit,
    chainDigest: chainDigest({
      audit,
      settings,
      siteName: siteOf.name,
      anchors: () => backups.anchors(),
    }),
    people,
    tags,
    visits,
    site,
    siteSettings: siteOf,
    /** Who keeps the data: our own organisation, or the site's name until the model names it. */
    controller: () => siteRepo(db).ownOrganisation() ?? siteOf.name(),
    holders: holdersRepo(db),
    custody: custodyService({ db, tags, people, audit, incidents }),
    incidents,
    tagView,
    peopleView: peopleReadModel({
      people,
      tags,
      tagView,
      site: site.current,
      today,
      building: personBuildingRepo(db),
    }),
    zoneView: zoneReadModel({ people, site: site.current, today }),
    backups,
    subjectRequests: subjectRequests({
      data: subjectDataRepo(db),
      audit,
      retention: retentionRepo(db),
    }),
    retention: purge,
    rights,
    consoleLock: consoleLock({
      settings,
      operators: operatorsRepo(db),
      attempts: unlockAttemptsRepo(db),
      audit,
      rights,
      now: () => now().getTime(),
      onPinBurst: (failures, at) =>
        incidents.propose({
          source: 'pin_burst',
          // One proposal a day however long the trying goes on.
          key: at.toISOString().slice(0, 10),
          what: `${failures} wrong PINs within 15 minutes`,
          awareAt: at.toISOString(),
          evidence: { failures },
        }),
    }),
    peopleEditor: peopleService({ db, people, audit }),
    imports: registerImports({ db, people, tags, visits, audit, site, timezone, incidents }),
    building: buildingService({
      repo: buildingRepo(db),
      audit,
      timezone,
      unmatched: unmatchedCardsRepo(db),
      eventsKeptFrom: purge.eventsKeptFrom,
    }),
    findings: findingsService({
      incidents,
      settings,
      findings: findingsRepo(db),
      data: reconcileRepo(db),
      site: site.current,
      audit,
    }),
  };
}
export type Services = ReturnType<typeof createServices>;
