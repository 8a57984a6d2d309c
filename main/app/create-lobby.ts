import { openDatabase, type Db } from '../../db/open';
import { badgeService } from '../badges/badge-service';
import type { AppInfo } from '../ipc/contract';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import { EventHub } from '../ipc/events';
import { importJobs } from '../building/import-jobs';
import { cardRules, type CardRule } from '../building/card-rules';
import { textRules } from '../building/text-rules';
import { uploadStore } from '../imports/uploads';
import { AppError } from '../ipc/errors';
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
  // Staff calls are refused while the staff area is locked, whatever the screen shows.
  const staff =
    <A extends unknown[], R>(handler: (...args: A) => R) =>
    (...args: A): R => {
      lock.require();
      return handler(...args);
    };

  const uploads = uploadStore();
  const jobs = importJobs({
    dbFile: opts.dbFile,
    events,
    log: (err) => opts.log?.(err, 'building import'),
  });
  const buildingOptions = (request: {
    uploadId: string;
    cardRule: string | null;
    columns: Record<string, string>;
  }) => {
    const upload = uploads.get(request.uploadId);
    if (request.cardRule !== null && !(cardRules as readonly string[]).includes(request.cardRule)) {
      throw new AppError('invalid_argument', `"${request.cardRule}" is not a card-number rule.`);
    }
    return {
      file: upload.file,
      fileName: upload.fileName,
      actor: 'staff',
      timezone: services.timezone(),
      cardRule: request.cardRule as CardRule | null,
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
      listPeople: staff(() => services.directory.listPeople()),
      getPerson: staff((id) => {
        audit.record({ actor: 'staff', action: 'person.view', subject: String(id) });
        return services.directory.getPerson(id);
      }),
      listTags: staff(() => services.directory.listTags()),
      getTag: staff((id) => services.directory.tagDetail(id)),
      enrollTag: staff((input) => detail(custody.enroll({ ...input, tagType: null }, 'staff').id)),
      assignTag: staff(({ tagId, personId }) =>
        detail(
          custody.assign(
            tagId,
            personId === null ? { kind: 'visitor_pool' } : { kind: 'person', personId },
            'staff',
          ).id,
        ),
      ),
      returnTag: staff((id) => detail(custody.returned(id, 'staff').id)),
      reportTagLost: staff(({ tagId, note, reportedBy }) =>
        detail(custody.reportLost(tagId, 'staff', note, reportedBy).id),
      ),
      markTagNotReturned: staff((id) => detail(custody.notReturned(id, 'staff').id)),
      replaceTag: staff(({ tagId, newUid }) => detail(custody.replace(tagId, newUid, 'staff').id)),
      listIncidents: staff(() => services.directory.incidents()),
      markBuildingNotified: staff((id) => {
        custody.buildingNotified(id, 'staff');
        return services.directory.incidents();
      }),
      listZones: staff(() => services.directory.listZones()),
      savePerson: staff(({ id, ...input }) =>
        services.directory.getPerson(services.peopleEditor.save(id, input, 'staff')),
      ),
      getSiteConfig: staff(() => services.site.current()),
      saveSiteConfig: staff((site) =>
        services.site.importSite('site configuration', JSON.stringify(site), 'staff'),
      ),
      previewImport: staff((file) =>
        importUploaded(services.imports, uploads, file, { dryRun: true, actor: 'staff' }),
      ),
      uploadChunk: staff((chunk) => uploads.append(chunk)),
      inspectBuildingUpload: staff((request) => jobs.inspect(buildingOptions(request))),
      startBuildingImport: staff((request) => ({
        jobId: jobs.start(buildingOptions(request), () => uploads.remove(request.uploadId)),
      })),
      cancelBuildingImport: staff((jobId) => (jobs.cancel(jobId), null)),
      listBuildingImports: staff(() => services.buildingImports()),
      addEventTextRule: staff(({ text, outcome }) => {
        audit.record({
          actor: 'staff',
          action: 'building.rule',
          subject: text,
          detail: { outcome },
        });
        return { classified: textRules(db).add(text, outcome) };
      }),
      runImport: staff((file) =>
        importUploaded(services.imports, uploads, file, { dryRun: false, actor: 'staff' }),
      ),
    },
    opts.log,
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
