import { describe, expect, it } from 'vitest';
import { auditRepo } from '../../db/repos/audit';
import { settingsRepo } from '../../db/repos/settings';
import { openDatabase } from '../../db/open';
import { kioskService } from './kiosk-service';

function setup() {
  const db = openDatabase(':memory:');
  const audit = auditRepo(db, () => new Date('2025-11-03T06:15:00Z'));
  const settings = settingsRepo(db);
  const kiosk = kioskService({
    version: '9.9.9',
    transport: 'browser',
    development: false,
    settings,
    audit,
    onQuit: () => {},
  });
  return { db, audit, settings, kiosk };
}

describe('kiosk service', () => {
  it('defaults to Dutch and the generic site name', () => {
    const { kiosk } = setup();
    expect(kiosk.settings()).toEqual({ defaultLocale: 'nl', timeZone: 'Europe/Amsterdam' });
    expect(kiosk.appInfo()).toEqual({
      version: '9.9.9',
      siteName: 'Lobby',
      siteNames: {},
      transport: 'browser',
      development: false,
    });
  });

  it('stores the default language and records who changed it', () => {
    const { kiosk, audit } = setup();
    expect(kiosk.setDefaultLocale('en')).toEqual({
      defaultLocale: 'en',
      timeZone: 'Europe/Amsterdam',
    });
    expect(kiosk.settings()).toEqual({ defaultLocale: 'en', timeZone: 'Europe/Amsterdam' });
    expect(audit.recent(1)[0]).toMatchObject({
      at: '2025-11-03T06:15:00.000Z',
      actor: 'staff',
      action: 'settings.defaultLocale',
      detail: '{"locale":"en"}',
    });
  });

  it('shows the configured site name, and ignores a stored value of the wrong shape', () => {
    const { kiosk, settings } = setup();
    settings.set('site', { name: 'Floor 4, De Eemhof' });
    expect(kiosk.appInfo().siteName).toBe('Floor 4, De Eemhof');
    settings.set('kiosk.defaultLocale', 'fr');
    expect(kiosk.settings()).toEqual({ defaultLocale: 'nl', timeZone: 'Europe/Amsterdam' });
  });
});
