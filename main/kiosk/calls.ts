/** The kiosk itself: what the home screen shows before anyone unlocks anything. */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';
import { locales, type Locale, type Transport } from '../../vocabulary';

export interface AppInfo {
  version: string;
  siteName: string;
  /** The name per language, where the site gives one. */
  siteNames: { nl?: string; en?: string };
  transport: Transport;
  /** True only in development: the "tap a test badge" panel and other aids may show. */
  development: boolean;
}

export interface KioskSettings {
  defaultLocale: Locale;
  /** The site's time zone (IANA): every time on screen is the site's, not the machine's. */
  timeZone: string;
}

export const calls = {
  getAppInfo: z.tuple([]),
  getKioskSettings: z.tuple([]),
  setDefaultLocale: z.tuple([z.enum(locales)]),
  /** Closes the kiosk; the only way to, as the window itself refuses to close. */
  quitKiosk: z.tuple([]),
};

export interface Results {
  getAppInfo: AppInfo;
  getKioskSettings: KioskSettings;
  setDefaultLocale: KioskSettings;
  quitKiosk: null;
}

/** Setting the kiosk's default language is the console's; reading it is anyone's. */
export const publicCalls = ['getAppInfo', 'getKioskSettings'] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
