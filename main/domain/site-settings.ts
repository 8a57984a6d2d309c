/**
 * The site's own settings (name and time zone), stored under one settings key by the site import
 * and read everywhere through these accessors, so the key, its shape and its defaults live once.
 */
import { z } from 'zod';
import type { Locale } from '../../vocabulary';
import type { SettingsRepo } from '../../db/repos/settings';

export interface SiteSettings {
  name: string;
  /** The name per language, where the site file gives one. */
  names?: { nl?: string; en?: string };
  timezone: string;
}

export const defaultSiteSettings: SiteSettings = { name: 'Lobby', timezone: 'Europe/Amsterdam' };

// Each field falls back on its own: a damaged name does not cost the time zone.
const SiteSettings = z.object({
  name: z.string().min(1).catch(defaultSiteSettings.name),
  names: z
    .object({ nl: z.string().min(1).optional(), en: z.string().min(1).optional() })
    .optional()
    .catch(undefined),
  timezone: z.string().min(1).catch(defaultSiteSettings.timezone),
});

export function siteSettings(settings: SettingsRepo) {
  const get = (): SiteSettings => settings.get('site', SiteSettings, defaultSiteSettings);
  return {
    get,
    /** The site's name, in `locale` where the site file gives it in that language. */
    name: (locale?: Locale) => (locale && get().names?.[locale]) || get().name,
    names: () => get().names ?? {},
    timezone: () => get().timezone,
    set: (value: SiteSettings) => settings.set('site', value),
  };
}
export type SiteSettingsAccess = ReturnType<typeof siteSettings>;
