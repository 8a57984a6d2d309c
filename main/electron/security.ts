/**
 * Everything that keeps the kiosk window locked down, in one place: the window's web preferences,
 * the app:// protocol, CSP, navigation and window-opening rules, and the permission handler.
 */
import {
  protocol,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
} from 'electron';
import { readStatic } from '../assets/static-files';
import { appHost, appScheme, isAppUrl } from './app-origin';
import { contentSecurityPolicy } from '../security-policy';

export { appEntry, isTrustedFrame } from './app-origin';

/** Must run before `app.ready`: app:// behaves like https (secure, standard, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The kiosk window: full screen in kiosk mode, devtools only with --dev. */
export function kioskWindowOptions(
  preload: string,
  development: boolean,
): BrowserWindowConstructorOptions {
  return {
    kiosk: !development,
    fullscreen: !development,
    closable: development,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#0f172a',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: development,
    },
  };
}

/** Serves the built renderer over app:// with a path-traversal check, never file://. */
export function hardenSession(session: Session, webRoot: string): void {
  const csp = contentSecurityPolicy();
  session.protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === appHost ? await readStatic(webRoot, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
  // Default deny: the kiosk needs no camera, microphone, geolocation, notifications or USB.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools:');
    callback({ cancel: !allowed });
  });
}

/** Applied to every WebContents ever created: no navigation away, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents, development: boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (!development) contents.on('devtools-opened', () => contents.closeDevTools());
}
