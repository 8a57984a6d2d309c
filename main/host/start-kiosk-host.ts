import fs from 'node:fs';
import path from 'node:path';
import { createLobby } from '../app/create-lobby';
import { keepServing, logToStderr } from '../app/log';
import { createReaders } from '../app/readers';
import { startBrowserHost } from './server';
import { distFolder } from '../runtime/bundle';
import { findChromium } from './find-chromium';
import { openKioskBrowser } from './kiosk-browser';

/** The built renderer (npm run build:web). */
export const builtWebRoot = (): string =>
  distFolder('renderer', () => new URL('../../dist/renderer', import.meta.url));

export interface KioskHostOptions {
  dbFile: string;
  port: number;
  open: boolean;
  /** Use PC/SC readers; off where a test must not see the machine's readers. */
  pcsc: boolean;
  /** Development aids (test badges, a plain browser window), marked on screen; never in a lobby. */
  development: boolean;
  webRoot?: string;
  /** Only the PC/SC readers whose name contains this. */
  reader?: string;
}

/** `lobby serve`: the whole kiosk without Electron, until SIGINT or SIGTERM. */
export async function startKioskHost(opts: KioskHostOptions): Promise<void> {
  const webRoot = opts.webRoot ?? builtWebRoot();
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`The kiosk UI is not built (${webRoot}). Run "npm run build:web" first.`);
  }
  const readers = await createReaders({
    pcsc: opts.pcsc,
    development: opts.development,
    ...(opts.reader ? { reader: opts.reader } : {}),
    log: (message, err) => logToStderr(`readers: ${message}`, err),
  });
  const lobby = createLobby({
    dbFile: opts.dbFile,
    transport: 'browser',
    development: opts.development,
    readers,
    log: (err, context) => logToStderr(context, err),
    onQuit: () => stop(),
  });
  keepServing(logToStderr);
  const host = await startBrowserHost({
    dispatch: lobby.dispatch,
    events: lobby.events,
    webRoot,
    port: opts.port,
    log: (err) => logToStderr('host', err),
  });
  if (opts.development) process.stdout.write('Development mode: test badges are on.\n');

  const chromium = opts.open ? findChromium() : null;
  // The secret URL is printed nowhere (logs and terminals keep what is printed). A browser of its
  // own gets it through a private start page; without one, whoever started the host reads it
  // from a file only this user can read.
  const urlFile = chromium ? null : `${opts.dbFile}.url`;
  if (urlFile) {
    fs.rmSync(urlFile, { force: true });
    fs.writeFileSync(urlFile, `${host.url}\n`, { mode: 0o600, flag: 'wx' });
  }
  process.stdout.write(
    chromium
      ? `Lobby is running on 127.0.0.1:${host.port}, shown in ${path.basename(chromium)}.\n`
      : `Lobby is running on 127.0.0.1:${host.port}; its address (with its secret) is in ${urlFile}, readable by this user only.\n`,
  );
  const browser = !chromium
    ? null
    : openKioskBrowser({
        executable: chromium,
        url: host.oneTimeUrl,
        development: opts.development,
        log: (message) => logToStderr(`browser: ${message}`),
      });

  let stopping = false;
  // A function declaration, so the console's quit (wired above) can reach it.
  function stop() {
    if (stopping) return;
    stopping = true;
    if (urlFile) fs.rmSync(urlFile, { force: true });
    void Promise.resolve(browser?.stop())
      .then(() => host.close())
      .then(() => lobby.close())
      .finally(() => process.exit(0));
  }
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
