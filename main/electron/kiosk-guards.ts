/**
 * The ways out of a kiosk that Electron leaves open by default, closed. Only types come from
 * electron, so these run (and are tested) under plain Node with stand-ins.
 */
import type { BrowserWindow, DownloadItem, Event, Session, WebContents } from 'electron';

/**
 * Alt+F4, the window's close button or a compositor's close request do nothing in kiosk mode;
 * the kiosk quits only when `mayClose` says so (the console's quit, the OS shutting down).
 */
export function guardWindowClose(window: Pick<BrowserWindow, 'on'>, mayClose: () => boolean): void {
  window.on('close', (event: Event) => {
    if (!mayClose()) event.preventDefault();
  });
}

/** The kiosk downloads nothing a page asks for; files it writes, it writes itself. */
export function refuseDownloads(session: Pick<Session, 'on'>, log: (message: string) => void) {
  session.on('will-download', (event: Event, _item: DownloadItem, _contents: WebContents) => {
    event.preventDefault();
    log('a download was refused');
  });
}
