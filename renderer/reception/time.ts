import type { Locale } from '../../main/contract';
import { intlLocale } from '../i18n/translate';

/** "14:05" in the kiosk's own time zone (the kiosk stands on the site). */
export const clockTime = (iso: string, locale: Locale) =>
  new Date(iso).toLocaleTimeString(intlLocale[locale], { hour: '2-digit', minute: '2-digit' });
