import type { WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedFrame } from './app-origin';

const frame = (url: string, parent: unknown = null) => ({ url, parent }) as unknown as WebFrameMain;

describe('the kiosk page and its frames', () => {
  it('trusts the kiosk page top frame on any of its paths', () => {
    expect(isTrustedFrame(frame('app://lobby/index.html'))).toBe(true);
    expect(isTrustedFrame(frame('app://lobby/#/staff'))).toBe(true);
  });

  it.each([
    ['another host on the scheme', 'app://evil/index.html'],
    ['a web page', 'https://lobby/index.html'],
    ['a file', 'file:///app/index.html'],
    ['a look-alike host', 'app://lobby.evil/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedFrame(frame(url))).toBe(false);
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses subframes, even of the kiosk page, and no frame at all', () => {
    expect(isTrustedFrame(frame('app://lobby/index.html', frame('app://lobby/index.html')))).toBe(
      false,
    );
    expect(isTrustedFrame(null)).toBe(false);
  });
});
