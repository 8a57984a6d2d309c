/**
 * The ways out of a kiosk that Electron leaves open by default, closed. Only types come from
 * electron, so these run (and are tested) under plain Node with stand-ins.
 */
import path from 'node:path';
import type { BrowserWindow, DownloadItem, Event, Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Alt+F4, the window's close button or a compositor's close request do nothing in kiosk mode;
 * the kiosk quits only when `mayClose` says so (the console's quit, the OS shutting down).
 */
export function guardWindowClose(window: Pick<BrowserWindow, 'on'>, mayClose: () => boolean): void {
  window.on('close', (event: Event) => {
    if (!mayClose()) event.preventDefault();
  });
}

/** A file one of the kiosk's own screens made (a blob of the app://lobby page). */
export const isOwnFile = (url: string) => url.startsWith('blob:') && isAppUrl(url.slice(5));

/**
 * The kiosk downloads nothing a page asks for. The files its own screens offer (a report for the
 * building manager, an evacuation list) go where the person at the console chooses, in a save
 * dialog that starts in `folder`.
 */
export function guardDownloads(
  session: Pick<Session, 'on'>,
  folder: string,
  log: (message: string) => void,
) {
  session.on('will-download', (event: Event, item: DownloadItem, _contents: WebContents) => {
    if (!isOwnFile(item.getURL())) {
      event.preventDefault();
      log('a download was refused');
      return;
    }
    item.setSaveDialogOptions({
      defaultPath: path.join(folder, path.basename(item.getFilename())),
    });
    item.once('done', (_e: Event, state: string) => log(`a file from the console: ${state}`));
  });
}
