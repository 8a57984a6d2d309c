/** The Electron main process: security first, then the database and readers, then the window. */
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { createLobby, type Lobby } from '../app/create-lobby';
import { defaultDbFile } from '../app/data-dir';
import { keepServing, logToStderr } from '../app/log';
import { createReaders } from '../app/readers';
import {
  appEntry,
  hardenSession,
  hardenWebContents,
  isTrustedFrame,
  kioskWindowOptions,
  registerAppScheme,
} from './security';
import { forwardEvents, registerContract } from './ipc';
import { guardDownloads, guardWindowClose } from './kiosk-guards';

// The bundle lives in dist/electron; the built renderer sits beside it in dist/renderer.
const here = __dirname;
const webRoot = path.join(here, '..', 'renderer');
const preload = path.join(here, 'preload.cjs');

registerAppScheme();
keepServing(logToStderr);
// The kiosk mode is explicit: `npm start` is the locked-down kiosk, `npm run dev` adds --dev.
const development = process.argv.includes('--dev');
// No application menu (on macOS it would offer Quit and the devtools).
Menu.setApplicationMenu(null);
app.setName('Lobby');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let lobby: Lobby | null = null;
  /** Set by the console's quit and by the OS ending the session; the window refuses otherwise. */
  let quitting = false;
  let window: BrowserWindow | null = null;

  const openWindow = () => {
    window = new BrowserWindow(kioskWindowOptions(preload, development));
    window.removeMenu();
    if (!development) guardWindowClose(window, () => quitting);
    window.once('ready-to-show', () => window?.show());
    // A crashed renderer must not leave a blank kiosk in the lobby.
    window.webContents.on('render-process-gone', (_event, details) => {
      logToStderr(`renderer gone: ${details.reason}`);
      if (details.reason !== 'clean-exit') window?.webContents.reload();
    });
    void window.loadURL(appEntry);
  };

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, development));
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession, webRoot);
    guardDownloads(session.defaultSession, app.getPath('downloads'), (m) => logToStderr(m));
    // Readers are created only now: one attached before `ready` would otherwise be missed.
    const readers = await createReaders({
      pcsc: true,
      development,
      log: (message, err) => logToStderr(`readers: ${message}`, err),
    });
    lobby = createLobby({
      dbFile: defaultDbFile(),
      transport: 'electron',
      development,
      readers,
      log: (err, context) => logToStderr(context, err),
      onQuit: () => {
        quitting = true;
        app.quit();
      },
    });
    registerContract(ipcMain, lobby.dispatch, isTrustedFrame);
    forwardEvents(lobby.events, () =>
      BrowserWindow.getAllWindows().map((w) => ({
        send: (channel, payload) => w.webContents.send(channel, payload),
      })),
    );
    openWindow();
  });

  let closing = false;
  app.on('before-quit', (event) => {
    quitting = true;
    if (closing || !lobby) return;
    closing = true;
    event.preventDefault();
    void lobby.close().finally(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
}
