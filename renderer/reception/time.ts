import type { I18n } from '../i18n/I18nProvider';
import { intlLocale } from '../i18n/translate';

/** "14:05" as the clock at the site shows it, whatever time zone the machine is set to. */
export const clockTime = (iso: string, where: Pick<I18n, 'locale' | 'timeZone'>) =>
  new Date(iso).toLocaleTimeString(intlLocale[where.locale], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: where.timeZone,
  });
