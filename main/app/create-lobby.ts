import { auditRepo } from '../../db/repos/audit';
import { settingsRepo } from '../../db/repos/settings';
import { openDatabase, type Db } from '../../db/open';
import type { ReaderService } from '../../hardware/reader';
import type { AppInfo } from '../ipc/contract';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import { EventHub } from '../ipc/events';
import { kioskService } from '../kiosk/kiosk-service';
import { appVersion } from './version';

export interface LobbyOptions {
  dbFile: string;
  transport: AppInfo['transport'];
  development: boolean;
  /** Created by the caller once start-up is complete (after Electron's `ready`), then handed in. */
  readers: ReaderService;
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
  const audit = auditRepo(db);
  const kiosk = kioskService({
    version: appVersion,
    transport: opts.transport,
    development: opts.development,
    settings: settingsRepo(db),
    audit,
  });
  const { readers } = opts;
  const stopStatus = readers.on('status', (status) => events.publish('readerStatus', status));

  const dispatch = createDispatch(
    {
      getAppInfo: () => kiosk.appInfo(),
      getKioskSettings: () => kiosk.settings(),
      setDefaultLocale: (locale) => kiosk.setDefaultLocale(locale),
      getReaderStatus: () => readers.status(),
    },
    opts.log,
  );

  return {
    db,
    dispatch,
    events,
    async close() {
      stopStatus();
      await readers.stop();
      db.close();
    },
  };
}
