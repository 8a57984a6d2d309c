/** The composition root: one database, the services on it, and every feature's handlers. */
import { z } from 'zod';
import { holdKioskLock } from '../../db/kiosk-lock';
import { openDatabase, type Db } from '../../db/open';
import { buildingRepo } from '../../db/repos/building';
import { auditSubjectsRepo } from '../../db/repos/audit-subjects';
import { incidentsRepo } from '../../db/repos/incidents';
import { backupHandlers } from '../backup/handlers';
import { folderImports, importJobs, screenImports, watchedFolder } from '../building';
import { buildingHandlers } from '../building/handlers';
import { autoSync, kioskParts } from '../central';
import { centralHandlers } from '../central/handlers';
import { kioskSync } from './central-sync';
import { consoleHandlers } from '../console/handlers';
import {
  callSchemas,
  type CallChannel,
  type CallResults,
  type CallSchemas,
  type EventPayloads,
} from '../contract/features';
import { authorizeCall } from '../access/authorize';
import type { Handlers } from '../ipc/feature-contract';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import { EventHub } from '../ipc/events';
import { incidentNoticeOutbox } from '../incidents';
import { incidentHandlers } from '../incidents/handlers';
import { kioskHandlers } from '../kiosk/handlers';
import { kioskService } from '../kiosk/kiosk-service';
import { peopleHandlers } from '../people/handlers';
import { privacyHandlers } from '../privacy';
import { createReception } from '../reception';
import { receptionHandlers } from '../reception/handlers';
import { reconcileHandlers } from '../reconcile/handlers';
import { registerHandlers } from '../registers/handlers';
import { siteHandlers } from '../site/handlers';
import { tagHandlers } from '../tags/handlers';
import { tagIsUsable } from '../tags';
import { personName } from '../domain/person-name';
import { tapHandlers } from '../taps/handlers';
import { tapService } from '../taps/tap-service';
import { uploadStore } from '../uploads';
import { uploadHandlers } from '../uploads/handlers';
import { zoneHandlers } from '../zones/handlers';
import type { KioskReaders } from './readers';
import { startHousekeeping } from './housekeeping';
import { createServices } from './services';
import { appVersion } from './version';
import { locales, type Transport } from '../../vocabulary';

export interface LobbyOptions {
  dbFile: string;
  transport: Transport;
  development: boolean;
  /** Created by the caller once start-up is complete (after Electron's `ready`), then handed in. */
  readers: KioskReaders;
  log?: (err: unknown, context: string) => void;
  /** What the console's "quit" does. */
  onQuit: () => void;
}

export interface Lobby {
  db: Db;
  dispatch: Dispatch;
  events: EventHub<EventPayloads>;
  close(): Promise<void>;
}

/** Calls that show personal data and do not audit themselves (getPerson, listVisits … do). */
export const auditedViews = new Set<CallChannel>([
  'listPeople',
  'listTags',
  'getTag',
  'listIncidents',
  'listZones',
  'listFindings',
  'listBuildingImports',
  'listUnmatchedCards',
  'listOperators',
  'getRollCall',
]);

export function createLobby(opts: LobbyOptions): Lobby {
  // Held for the kiosk's lifetime: a restore refuses to replace the file under it.
  const releaseLock = holdKioskLock(opts.dbFile);
  const db = openDatabase(opts.dbFile);
  const events = new EventHub<EventPayloads>();
  const uploads = uploadStore();
  const jobs = importJobs({
    dbFile: opts.dbFile,
    events,
    log: (err) => opts.log?.(err, 'building import'),
  });
  let incidentsChanged = () => {};
  const s = createServices(db, { incidentsChanged: () => incidentsChanged() });
  const incidentNotices = incidentNoticeOutbox({
    repo: incidentsRepo(db),
    settings: s.settings,
    log: (message) => opts.log?.(undefined, `incident notices: ${message}`),
  });
  incidentsChanged = () => {
    incidentNotices.kick();
    events.publish('incidentsChanged', {});
  };
  // Who is at the console: the audit trail names them.
  const operator = () => s.consoleLock.operatorName();
  const screen = screenImports({
    audit: s.audit,
    timezone: s.siteSettings.timezone,
    jobs,
    uploads,
    eventsKeptFrom: s.retention.eventsKeptFrom,
  });
  const readers = opts.readers.service;
  const kioskLocale = () => s.settings.get('kiosk.defaultLocale', z.enum(locales), 'nl');
  const reception = createReception({
    db,
    incidents: s.incidents,
    locale: kioskLocale,
    desk: { current: s.consoleLock.sessionId, isOpen: s.consoleLock.isOpen },
    kiosks: kioskParts(db),
    changed: (date) => {
      events.publish('visitsChanged', { date });
      central.kick();
    },
    log: (message) => opts.log?.(undefined, `reception: ${message}`),
  });
  const deskChanged = () => events.publish('visitsChanged', { date: reception.desk.today() });
  // Another kiosk's visits, badges and taps arrive here too: the desk's screens read again.
  const sync = kioskSync(db, s, deskChanged);
  const central = autoSync(sync, {
    log: (message) => opts.log?.(undefined, `central store: ${message}`),
    // The evacuation list says how fresh each kiosk's part is: it reads again.
    reachability: deskChanged,
  });
  const taps = tapService({
    atReception: (holder, uid, purpose) => reception.taps.onTap(holder, uid, purpose),
    readers,
    wedge: opts.readers.wedge,
    development: opts.readers.development,
    holders: s.holders,
    settings: s.settings,
    audit: s.audit,
    events,
  });
  const kiosk = kioskService({
    ...opts,
    version: appVersion,
    settings: s.settings,
    audit: s.audit,
  });
  const viewed = (personId: number) =>
    s.audit.record({ actor: operator(), action: 'person.view', subject: String(personId) });

  const handlers: Handlers<CallSchemas, CallResults> = {
    ...kioskHandlers(kiosk),
    ...tapHandlers({ taps, readers }),
    ...backupHandlers({ backups: s.backups, audit: s.audit, operator }),
    ...consoleHandlers({
      lock: s.consoleLock,
      people: s.people,
      audit: s.audit,
      backups: s.backups,
      subjects: auditSubjectsRepo(db),
      operator,
      rights: s.rights,
      bhvMember: (uid) => {
        if (!taps.tappedJustNow(uid)) return null;
        const holder = s.holders.byUid(uid);
        if (holder?.holderKind !== 'person' || holder.personId === null) return null;
        if (!tagIsUsable(holder.status)) return null;
        const person = s.people.byId(holder.personId);
        const today = new Date().toISOString().slice(0, 10);
        const left = person?.endDate != null && person.endDate < today;
        return person?.bhv && !left ? personName(person) : null;
      },
    }),
    ...peopleHandlers({ editor: s.peopleEditor, view: s.peopleView, operator, viewed }),
    ...tagHandlers({ custody: s.custody, view: s.tagView, operator }),
    ...zoneHandlers(s.zoneView),
    ...siteHandlers({ site: s.site, operator }),
    ...uploadHandlers(uploads),
    ...registerHandlers({ imports: s.imports, uploads, operator }),
    ...buildingHandlers({
      building: s.building,
      screen,
      operator,
      minimise: {
        get: () => s.settings.get('building.minimise', z.boolean(), true),
        set: (on, actor) => {
          s.settings.set('building.minimise', on);
          s.audit.record({ actor, action: 'building.minimise', detail: { on } });
        },
      },
    }),
    ...reconcileHandlers({ findings: s.findings, siteName: s.siteSettings.name, operator }),
    ...incidentHandlers({ incidents: s.incidents, operator, siteName: s.siteSettings.name }),
    ...receptionHandlers({ reception, operator }),
    ...centralHandlers({ sync, audit: s.audit, operator, kick: () => central.kick() }),
    ...privacyHandlers({
      facts: s,
      retention: s.retention,
      requests: s.subjectRequests,
      dbFile: opts.dbFile,
      operator,
      timezone: s.siteSettings.timezone,
    }),
  };
  reception.start();
  incidentNotices.start();
  central.start();
  const housekeeping = startHousekeeping(s, (err, what) => opts.log?.(err, what));

  // The folder the building manager drops exports into, when the site names one.
  const folder = s.settings.get('building.watchFolder', z.string().min(1).nullable(), null);
  const watcher =
    folder === null
      ? null
      : watchedFolder({
          folder,
          repo: buildingRepo(db),
          ...folderImports({
            audit: s.audit,
            jobs,
            timezone: s.siteSettings.timezone,
            eventsKeptFrom: s.retention.eventsKeptFrom,
            reconcile: () => s.findings.run('folder'),
          }),
          log: (message) => opts.log?.(undefined, `watched folder: ${message}`),
        });

  const dispatch = createDispatch(callSchemas, handlers, {
    // Default deny: every call but the home screen's needs an unlocked console, whatever the
    // screen shows; a new call is console-only unless its feature lists it as public.
    authorize: (channel: CallChannel) => {
      authorizeCall(channel, s.consoleLock);
      // Lists of personal data are views too: who looked, when, at what.
      if (auditedViews.has(channel))
        s.audit.record({ actor: operator(), action: 'view', subject: channel });
    },
    ...(opts.log ? { log: opts.log } : {}),
  });

  return {
    db,
    dispatch,
    events,
    async close() {
      watcher?.stop();
      housekeeping.stop();
      await central.stop();
      await incidentNotices.stop();
      await reception.stop();
      await jobs.close();
      uploads.close();
      taps.close();
      await readers.stop();
      db.close();
      releaseLock();
    },
  };
}
