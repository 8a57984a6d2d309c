import { openDatabase, type Db } from '../../db/open';
import { badgeService } from '../badges/badge-service';
import type { AppInfo, CallChannel } from '../ipc/contract';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import { EventHub } from '../ipc/events';
import { importJobs } from '../building/import-jobs';
import type { CardRule } from '../building/card-rules';
import { textRules } from '../building/text-rules';
import { uploadStore } from '../imports/uploads';
import { importUploaded } from '../imports/uploaded-file';
import { kioskService } from '../kiosk/kiosk-service';
import type { KioskReaders } from './readers';
import { createServices } from './services';
import { appVersion } from './version';

export interface LobbyOptions {
  dbFile: string;
  transport: AppInfo['transport'];
  development: boolean;
  /** Created by the caller once start-up is complete (after Electron's `ready`), then handed in. */
  readers: KioskReaders;
  log?: (err: unknown, context: string) => void;
}

export interface Lobby {
  db: Db;
  dispatch: Dispatch;
  events: EventHub;
  close(): Promise<void>;
}

/** What the home screen may call with the staff area locked. */
export const publicCalls: ReadonlySet<CallChannel> = new Set<CallChannel>([
  'getAppInfo',
  'getKioskSettings',
  'setDefaultLocale',
  'getReaderStatus',
  'submitWedgeInput',
  'simulateTap',
  'getStaffSession',
  'unlockStaff',
  'lockStaff',
]);

/** The composition root: one database, the services on it, and the contract's handlers. */
export function createLobby(opts: LobbyOptions): Lobby {
  const db = openDatabase(opts.dbFile);
  const events = new EventHub();
  const services = createServices(db);
  const { audit, settings } = services;
  const kiosk = kioskService({
    version: appVersion,
    transport: opts.transport,
    development: opts.development,
    settings,
    audit,
  });
  const readers = opts.readers.service;
  const stopStatus = readers.on('status', (status) => events.publish('readerStatus', status));
  const badges = badgeService({
    readers,
    wedge: opts.readers.wedge,
    development: opts.readers.development,
    badges: services.badges,
    settings,
    audit,
    events,
  });

  const { custody, staffLock: lock } = services;
  const detail = (id: number) => services.directory.tagDetail(id);

  const uploads = uploadStore();
  const jobs = importJobs({
    dbFile: opts.dbFile,
    events,
    log: (err) => opts.log?.(err, 'building import'),
  });
  const buildingOptions = (request: {
    uploadId: string;
    cardRule: CardRule | null;
    columns: Record<string, string>;
  }) => {
    const upload = uploads.get(request.uploadId);
    return {
      file: upload.file,
      fileName: upload.fileName,
      actor: 'staff',
      timezone: services.timezone(),
      cardRule: request.cardRule,
      columns: request.columns,
    };
  };

  const dispatch = createDispatch(
    {
      getAppInfo: () => kiosk.appInfo(),
      getKioskSettings: () => kiosk.settings(),
      setDefaultLocale: (locale) => kiosk.setDefaultLocale(locale),
      getReaderStatus: () => readers.status(),
      submitWedgeInput: (typed) => (badges.submitWedgeInput(typed), null),
      simulateTap: (uid) => (badges.simulateTap(uid), null),
      getStaffSession: () => lock.session(),
      unlockStaff: (pin) => lock.unlock(pin),
      lockStaff: () => lock.lock(),
      listPeople: () => services.directory.listPeople(),
      getPerson: (id) => {
        audit.record({ actor: 'staff', action: 'person.view', subject: String(id) });
        return services.directory.getPerson(id);
      },
      listTags: () => services.directory.listTags(),
      getTag: (id) => services.directory.tagDetail(id),
      enrollTag: (input) => detail(custody.enroll({ ...input, tagType: null }, 'staff').id),
      assignTag: ({ tagId, personId }) =>
        detail(
          custody.assign(
            tagId,
            personId === null ? { kind: 'visitor_pool' } : { kind: 'person', personId },
            'staff',
          ).id,
        ),
      returnTag: (id) => detail(custody.returned(id, 'staff').id),
      reportTagLost: ({ tagId, note, reportedBy }) =>
        detail(custody.reportLost(tagId, 'staff', note, reportedBy).id),
      markTagNotReturned: (id) => detail(custody.notReturned(id, 'staff').id),
      replaceTag: ({ tagId, newUid }) => detail(custody.replace(tagId, newUid, 'staff').id),
      listIncidents: () => services.directory.incidents(),
      markBuildingNotified: (id) => {
        custody.buildingNotified(id, 'staff');
        return services.directory.incidents();
      },
      listZones: () => services.directory.listZones(),
      savePerson: ({ id, ...input }) =>
        services.directory.getPerson(services.peopleEditor.save(id, input, 'staff')),
      getSiteConfig: () => services.site.current(),
      saveSiteConfig: (site) =>
        services.site.importSite('site configuration', JSON.stringify(site), 'staff'),
      previewImport: (file) =>
        importUploaded(services.imports, uploads, file, { dryRun: true, actor: 'staff' }),
      uploadChunk: (chunk) => uploads.append(chunk),
      inspectBuildingUpload: (request) => jobs.inspect(buildingOptions(request)),
      startBuildingImport: (request) => ({
        jobId: jobs.start(buildingOptions(request), () => uploads.remove(request.uploadId)),
      }),
      cancelBuildingImport: (jobId) => (jobs.cancel(jobId), null),
      listBuildingImports: () => services.buildingImports(),
      addEventTextRule: ({ text, outcome }) => {
        audit.record({
          actor: 'staff',
          action: 'building.rule',
          subject: text,
          detail: { outcome },
        });
        return { classified: textRules(db).add(text, outcome) };
      },
      runImport: (file) =>
        importUploaded(services.imports, uploads, file, { dryRun: false, actor: 'staff' }),
    },
    {
      // Default deny: every call but the home screen's needs an unlocked staff area, whatever
      // the screen shows; a new call is staff-only unless it is added to publicCalls.
      authorize: (channel) => {
        if (!publicCalls.has(channel)) lock.require();
      },
      ...(opts.log ? { log: opts.log } : {}),
    },
  );

  return {
    db,
    dispatch,
    events,
    async close() {
      await jobs.close();
      uploads.close();
      stopStatus();
      badges.close();
      await readers.stop();
      db.close();
    },
  };
}
