import { z } from 'zod';
import type { AuditRepo } from '../../db/repos/audit';
import type { SettingsRepo } from '../../db/repos/settings';
import { locales, type Locale } from '../../vocabulary';
import { siteSettings } from '../domain/site-settings';
import type { AppInfo, KioskSettings } from './calls';

export interface KioskServiceOptions {
  version: string;
  transport: AppInfo['transport'];
  development: boolean;
  settings: SettingsRepo;
  audit: AuditRepo;
  /** How this kiosk ends: Electron quits, the browser host stops. */
  onQuit: () => void;
}

/** What the home screen needs to know about the kiosk itself. */
export function kioskService(opts: KioskServiceOptions) {
  const { settings, audit } = opts;
  const kioskSettings = (): KioskSettings => ({
    defaultLocale: settings.get('kiosk.defaultLocale', z.enum(locales), 'nl'),
    timeZone: siteSettings(settings).timezone(),
  });
  return {
    appInfo(): AppInfo {
      return {
        version: opts.version,
        siteName: siteSettings(settings).name(),
        siteNames: siteSettings(settings).names(),
        transport: opts.transport,
        development: opts.development,
      };
    },
    settings: kioskSettings,
    setDefaultLocale(locale: Locale): KioskSettings {
      settings.set('kiosk.defaultLocale', locale);
      audit.record({ actor: 'staff', action: 'settings.defaultLocale', detail: { locale } });
      return kioskSettings();
    },
    quit(): void {
      audit.record({ actor: 'staff', action: 'kiosk.quit' });
      // After the answer has gone out, so the console sees its call succeed.
      setTimeout(opts.onQuit, 100);
    },
  };
}
export type KioskService = ReturnType<typeof kioskService>;
