import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLobby } from '../app/create-lobby';
import { keepServing, logToStderr } from '../app/log';
import { createReaders } from '../app/readers';
import { startBrowserHost } from './server';
import { findChromium } from './find-chromium';

export const builtWebRoot = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface KioskHostOptions {
  dbFile: string;
  port: number;
  open: boolean;
  /** Use PC/SC readers; off where a test must not see the machine's readers. */
  pcsc: boolean;
  webRoot?: string;
}

/** `lobby serve`: the whole kiosk without Electron, until SIGINT or SIGTERM. */
export async function startKioskHost(opts: KioskHostOptions): Promise<void> {
  const webRoot = opts.webRoot ?? builtWebRoot;
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`The kiosk UI is not built (${webRoot}). Run "npm run build:web" first.`);
  }
  const readers = await createReaders({
    pcsc: opts.pcsc,
    development: true,
    log: (message, err) => logToStderr(`readers: ${message}`, err),
  });
  const lobby = createLobby({
    dbFile: opts.dbFile,
    transport: 'browser',
    development: true,
    readers,
    log: (err, context) => logToStderr(context, err),
  });
  keepServing(logToStderr);
  const host = await startBrowserHost({
    dispatch: lobby.dispatch,
    events: lobby.events,
    webRoot,
    port: opts.port,
    log: (err) => logToStderr('host', err),
  });
  process.stdout.write(`Lobby is running at ${host.url}\n`);

  const chromium = opts.open ? findChromium() : null;
  if (chromium) {
    const child = spawn(chromium, [`--app=${host.url}`, '--no-first-run'], {
      stdio: 'ignore',
      detached: true,
    });
    child.on('error', () => {});
    child.unref();
  }

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void host
      .close()
      .then(() => lobby.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
