/**
 * Where the kiosk page lives (app://lobby/) and which frames may call the contract. Free of
 * Electron at run time so the rule is tested like everything else.
 */
import type { WebFrameMain } from 'electron';

export const appScheme = 'app';
export const appHost = 'lobby';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntry = `${appOrigin}/index.html`;

/** Is this URL a page of the kiosk itself? */
export function isAppUrl(url: string): boolean {
  try {
    // Not URL.origin: for a scheme the URL standard does not know (app:), that is "null".
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}

/** Only the kiosk page's own top frame may call the contract. */
export function isTrustedFrame(frame: Pick<WebFrameMain, 'url' | 'parent'> | null): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
