import type { ScheduleWindow } from '../../main/contract';
import { intlLocale, type MessageKey } from '../i18n/translate';
import type { I18n } from '../i18n/I18nProvider';

export function formatDateTime(iso: string, locale: I18n['locale']): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** "ma–vr 07:00–19:00" / "Mon–Fri 07:00–19:00"; consecutive days as a range. */
export function formatWindow(w: ScheduleWindow, i18n: I18n): string {
  const weekday = (d: number) =>
    new Intl.DateTimeFormat(intlLocale[i18n.locale], { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, d)), // 1 January 2024 was a Monday
    );
  const days = [...w.days].sort((a, b) => a - b);
  const consecutive = days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  const dayText =
    days.length === 7
      ? i18n.t('staff.everyDay')
      : consecutive && days.length > 2
        ? `${weekday(days[0]!)}–${weekday(days.at(-1)!)}`
        : days.map(weekday).join(', ');
  return `${dayText} ${w.from}–${w.to}`;
}

export const statusKey = (status: string) => `tags.status.${status}` as MessageKey;
