import type { ScheduleWindow } from '../../main/contract';
import { intlLocale, type MessageKey } from '../i18n/translate';
import type { I18n } from '../i18n/I18nProvider';

type Where = Pick<I18n, 'locale' | 'timeZone'>;

/**
 * A moment as it was at the site, in the screen's language. A date without a time ("2025-11-02")
 * is a calendar day: shown without "00:00", and never moved a day by a time zone.
 */
export function formatDateTime(iso: string, where: Where): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso) || atSiteMidnight(iso, where.timeZone))
    return formatDate(iso, where);
  return new Intl.DateTimeFormat(intlLocale[where.locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: where.timeZone,
  }).format(new Date(iso));
}

/**
 * A register's date is stored as the start of that day at the site: shown as the day, without a
 * "00:00" nobody wrote.
 */
function atSiteMidnight(iso: string, timeZone: string): boolean {
  const clock = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
  return clock === '00:00:00';
}

/** A calendar day ("2025-11-02", or the site's day of a moment), in the screen's language. */
export function formatDate(iso: string, where: Where): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(intlLocale[where.locale], {
    dateStyle: 'medium',
    timeZone: dayOnly ? 'UTC' : where.timeZone,
  }).format(new Date(dayOnly ? `${iso}T00:00:00Z` : iso));
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

/**
 * A day and a time on the site's wall clock ("2026-12-02", "14:05") as the moment (ISO, UTC),
 * whatever zone the browser is in; null when the time is not hh:mm.
 */
export function siteMoment(date: string, time: string, timeZone: string): string | null {
  const t = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(time || '00:00');
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!t || !d || Number(t[1]) > 23 || Number(t[2]) > 59) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // The zone's offset at that moment, found twice: the first guess may sit across a DST change.
  let at = wall;
  for (let i = 0; i < 2; i += 1) at = wall - offsetMs(at, timeZone);
  return new Date(at).toISOString();
}

function offsetMs(at: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return asUtc - Math.floor(at / 60_000) * 60_000;
}
